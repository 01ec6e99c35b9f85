package org.chancery.cable.synth;

import java.util.List;
import java.util.Map;

/**
 * What a cable is about: its TAGS, the reasons a classifier gives, and the words and templates of its subject
 * and paragraphs (see {@code topics.txt}).
 *
 * @param tags      subject tags: the first is always on the cable
 * @param companions other tags that go with the topic
 * @param reasons   letters of the usual 1.4 reasons (b, d…)
 * @param lists     word lists, by name, used as slots
 */
record Topic(String name, List<String> tags, List<String> companions, List<String> reasons, double weight,
             Map<String, List<Template>> lists, List<Template> subjects, List<Template> sentences,
             List<Template> summaries, List<Template> comments) {
}
