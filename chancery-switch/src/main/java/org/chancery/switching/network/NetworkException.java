package org.chancery.switching.network;

/**
 * A network file that cannot be used: says which file, where in it (a JSON path such as
 * {@code $.stations[3].accreditation}) and what is wrong.
 */
public final class NetworkException extends RuntimeException {

    private final String file;
    private final String path;

    public NetworkException(String file, String path, String problem) {
        super(file + ": " + path + ": " + problem);
        this.file = file;
        this.path = path;
    }

    public String file() {
        return file;
    }

    public String path() {
        return path;
    }
}
