package org.chancery.cable.synth;

/** An invented person: given name(s), surname, and whether prose says "she". */
record Person(String given, String surname, boolean woman) {

    String fullName() {
        return given + " " + surname;
    }

    String pronoun() {
        return woman ? "she" : "he";
    }

    String possessive() {
        return woman ? "her" : "his";
    }
}
