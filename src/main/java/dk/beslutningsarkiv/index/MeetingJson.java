package dk.beslutningsarkiv.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dk.beslutningsarkiv.minutes.Meeting;

/** The one JSON form of a meeting: the contract's shape, ISO dates, used by the CLI, the API and the index. */
public final class MeetingJson {

    public static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private MeetingJson() {
    }

    public static String write(Meeting meeting) throws JsonProcessingException {
        return MAPPER.writeValueAsString(meeting);
    }

    public static String writePretty(Meeting meeting) throws JsonProcessingException {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(meeting);
    }

    public static Meeting read(String json) throws JsonProcessingException {
        return MAPPER.readValue(json, Meeting.class);
    }
}
