package com.negotiationtracker.core.call;

import com.negotiationtracker.core.time.Hedge;
import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link CallHeld} events stored before revision 2, when a reported duration knew only whether it was
 * approximate:
 * <pre>
 * before: "duration": {"value": "PT1H30M", "approximate": true, "asReported": "close to an hour and a half"}
 * after:  "duration": {"value": "PT1H30M", "hedge": "APPROXIMATE", "asReported": "close to an hour and a half"}
 * </pre>
 * {@code approximate: false} (or absent) becomes {@code EXACT}; a call stored without a duration keeps none. The stored
 * event is never rewritten: the upcaster runs each time the event is read, for the aggregate and for the
 * projections alike.
 * <p>
 * A Spring bean, so that Axon's Spring Boot support registers it with the event store (it registers every
 * {@code EventUpcaster} bean).
 */
@Component
public class CallHeldUpcaster extends SingleEventUpcaster {

    /** Events of the first shape carry no revision. */
    static final String FIRST_REVISION = null;

    private static final SimpleSerializedType FIRST_SHAPE =
            new SimpleSerializedType(CallHeld.class.getName(), FIRST_REVISION);
    private static final SimpleSerializedType CURRENT_SHAPE =
            new SimpleSerializedType(CallHeld.class.getName(), CallHeld.REVISION);

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return FIRST_SHAPE.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(CURRENT_SHAPE, ObjectNode.class, CallHeldUpcaster::hedgeTheDuration);
    }

    /** The first shape's payload in the current shape. */
    static ObjectNode hedgeTheDuration(ObjectNode payload) {
        JsonNode duration = payload.get("duration");
        if (duration instanceof ObjectNode reported) {
            JsonNode approximate = reported.remove("approximate");
            Hedge hedge = approximate != null && approximate.asBoolean(false) ? Hedge.APPROXIMATE : Hedge.EXACT;
            reported.put("hedge", hedge.name());
        }
        return payload;
    }
}
