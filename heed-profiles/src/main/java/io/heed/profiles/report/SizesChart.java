package io.heed.profiles.report;

import io.heed.profiles.persona.PersonaDescription;
import io.heed.profiles.persona.PersonaDrift;
import java.util.List;

/**
 * Horizontal bars per persona: share of users now (persona colour), at build time (grey) and share of revenue at
 * build time (outlined), with the population stability index in the title.
 */
public final class SizesChart {
    private SizesChart() {}

    public static String svg(List<PersonaDescription> personas, PersonaDrift drift) {
        int rowH = 58;
        int w = 960;
        Svg s = new Svg(
                w,
                60 + rowH * personas.size(),
                Svg.f(
                        "Persona sizes: share of users now (colour) and at "
                                + "build time (grey); revenue share at build time (outline). PSI %.4f (%s)",
                        drift.psi(), drift.verdict()));
        double max = 1e-9;
        for (PersonaDescription d : personas) {
            max = Math.max(max, Math.max(d.share(), d.revenueShare()));
        }
        for (PersonaDrift.Share sh : drift.shares()) {
            max = Math.max(max, sh.share());
        }
        double scale = 420 / max;
        for (PersonaDescription d : personas) {
            PersonaDrift.Share now = drift.shares().get(d.index());
            double y = 40 + rowH * d.index();
            s.openPersona(d.index(), d.label());
            s.text(10, y + 14, "#" + d.index() + " " + d.label(), "");
            s.rect(480, y, scale * now.share(), 14, Svg.colour(d.index()), "");
            s.text(486 + scale * now.share(), y + 12, Svg.f("%.1f%% now (%,d)", 100 * now.share(), now.users()), "");
            s.rect(480, y + 16, scale * d.share(), 14, "#bbbbbb", "");
            s.text(486 + scale * d.share(), y + 28, Svg.f("%.1f%% at build", 100 * d.share()), "");
            s.rect(480, y + 32, scale * d.revenueShare(), 14, "none", "stroke=\"" + Svg.colour(d.index()) + "\"");
            s.text(486 + scale * d.revenueShare(), y + 44, Svg.f("%.1f%% of revenue", 100 * d.revenueShare()), "");
            s.close("g");
        }
        return s.done();
    }
}
