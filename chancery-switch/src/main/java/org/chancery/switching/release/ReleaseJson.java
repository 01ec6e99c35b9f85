package org.chancery.switching.release;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.chancery.cable.model.Address;
import org.chancery.cable.model.Level;
import org.chancery.cable.model.Precedence;
import org.chancery.switching.Transmission;
import org.chancery.switching.routing.NonDeliveryReport;

import java.time.Instant;
import java.util.List;

/** Transmissions and non-delivery reports as stored with a release (instants as ISO-8601 text). */
final class ReleaseJson {

    private ReleaseJson() {
    }

    private record StoredTransmission(String transmissionId, String cableId, int section, Precedence precedence,
                                      Level classification, String destination, List<Address> addressees,
                                      String text, String releasedAt) {
    }

    private record StoredReport(String cableId, String originator, String addressee, String plad, String via,
                                String reason, String at) {
    }

    static String transmissions(List<Transmission> list) {
        return SwitchStore.json(list.stream().map(t -> new StoredTransmission(t.transmissionId(), t.cableId(),
                t.section(), t.precedence(), t.classification(), t.destination(), t.addressees(), t.text(),
                t.releasedAt().toString())).toList());
    }

    static List<Transmission> transmissions(String json) throws JsonProcessingException {
        List<StoredTransmission> s = SwitchStore.JSON.readValue(json, new TypeReference<>() { });
        return s.stream().map(t -> new Transmission(t.transmissionId(), t.cableId(), t.section(), t.precedence(),
                t.classification(), t.destination(), t.addressees(), t.text(), Instant.parse(t.releasedAt())))
                .toList();
    }

    static String reports(List<NonDeliveryReport> list) {
        return SwitchStore.json(list.stream().map(r -> new StoredReport(r.cableId(), r.originator(), r.addressee(),
                r.plad(), r.via(), r.reason(), r.at().toString())).toList());
    }

    static List<NonDeliveryReport> reports(String json) throws JsonProcessingException {
        List<StoredReport> s = SwitchStore.JSON.readValue(json, new TypeReference<>() { });
        return s.stream().map(r -> new NonDeliveryReport(r.cableId(), r.originator(), r.addressee(), r.plad(),
                r.via(), r.reason(), Instant.parse(r.at()))).toList();
    }
}
