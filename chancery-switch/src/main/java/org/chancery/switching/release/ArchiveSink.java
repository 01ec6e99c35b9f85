package org.chancery.switching.release;

/**
 * Where released cables are archived under their markings. The archive's {@code Archive} facade will implement
 * this once the store of record is merged; a failure is retried at the next {@link DraftWorkflow#resume()}.
 */
public interface ArchiveSink {

    ArchiveSink NONE = (cableId, text) -> { };

    void archive(String cableId, String text) throws Exception;
}
