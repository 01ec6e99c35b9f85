package org.chancery.switching.delivery;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The posts' distribution profiles, by post. Read from a JSON file ({@code DIR/posts.json} beside the store):
 * <pre>
 * {"posts": [{"post": "RUEHC", "names": ["DEPT"], "dutyOfficers": ["watch"], "nodis": ["S", "D"],
 *             "offices": [{"symbol": "EUR/CE", "tags": ["EZ", "PL"]}], "defaultOffice": "S/ES-O"}]}
 * </pre>
 */
public final class PostProfiles {

    public static final String FILE_NAME = "posts.json";

    private record File(List<PostProfile> posts) {
    }

    private final Map<String, PostProfile> byPost = new HashMap<>();

    public PostProfiles(List<PostProfile> profiles) {
        for (PostProfile p : profiles) byPost.put(p.post(), p);
    }

    public static PostProfiles none() {
        return new PostProfiles(List.of());
    }

    /** Reads {@code file}; no file means no profiles. */
    public static PostProfiles read(Path file) throws IOException {
        if (!Files.exists(file)) return none();
        ObjectMapper json = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        File f = json.readValue(file.toFile(), File.class);
        return new PostProfiles(f.posts() == null ? List.of() : f.posts());
    }

    /** The profile for an addressee, by routing indicator first, then plain language address. */
    public PostProfile of(String ri, String plad) {
        PostProfile p = ri == null ? null : byPost.get(PostProfile.upper(ri));
        if (p == null && plad != null) p = byPost.get(PostProfile.upper(plad));
        return p != null ? p : PostProfile.none(ri != null ? ri : plad);
    }
}
