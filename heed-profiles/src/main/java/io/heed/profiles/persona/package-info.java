/**
 * Personas: {@link io.heed.profiles.persona.PersonaClusterer} (trainer) turns a
 * {@link io.heed.profiles.ProfileMatrix} into an immutable {@link io.heed.profiles.persona.PersonaModel} with its
 * provenance; {@link io.heed.profiles.persona.PersonaAssigner} scores one user at serving time;
 * {@link io.heed.profiles.persona.PersonaDescriber} explains each persona (effect sizes, categories, rules, label);
 * {@link io.heed.profiles.persona.PersonaModelJson} saves and loads the JSON artifact;
 * {@link io.heed.profiles.persona.PersonaDrift} compares persona shares now with those at build time;
 * {@link io.heed.profiles.persona.UserProfile} is one user's profile as the API shows it. Uses the {@code cluster}
 * and {@code rules} packages; JDK only.
 */
package io.heed.profiles.persona;
