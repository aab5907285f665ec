package se.largrupp.deploy.sandbox;

import java.util.Optional;
import se.largrupp.core.leaders.Language;

/**
 * Someone in the demo organisation.
 *
 * @param member whether they are in the programme from the first start (the others can try {@code join})
 * @param admin  whether they run the programme (an HR partner)
 * @param sponsor whether they back it and see its figures (the head of the organisation)
 */
record Person(String id, String name, String department, Optional<String> manager, Language language,
              boolean member, boolean admin, boolean sponsor) {}
