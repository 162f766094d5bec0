package dk.beslutningsarkiv.api;

import dk.beslutningsarkiv.search.PersonProfiles;
import io.javalin.http.Context;
import java.io.IOException;

/** {@code GET /api/people/{name}}: the meetings a person attended and the items the person presented or was named in. */
final class PersonController {

    private final PersonProfiles people;

    PersonController(PersonProfiles people) {
        this.people = people;
    }

    void person(Context ctx) throws IOException {
        String name = PathParams.name(ctx);
        ctx.json(people.profile(name).orElseThrow(() -> ApiException.notFound("no person " + name)));
    }
}
