package io.heed.cli;

import io.heed.app.BuildPersonas;
import io.heed.profiles.ProfileMatrix;
import io.heed.profiles.persona.PersonaModel;
import java.io.PrintStream;
import java.nio.file.Path;

/**
 * What {@code heed personas build} prints while {@link BuildPersonas} runs (the profiles, notes, the k chosen, the
 * quality metrics, with timings), then the saved model; the lab's demo prints its personas step with it too.
 */
public final class PersonaBuildOutput implements BuildPersonas.Listener {
    private final PrintStream out;
    private final long started = System.nanoTime();
    private long profiled;

    public PersonaBuildOutput(PrintStream out) {
        this.out = out;
    }

    @Override
    public void profiles(ProfileMatrix m) {
        profiled = System.nanoTime();
        out.printf(
                "profiles: %,d users x %d features (%s) in %.1f s%n",
                m.rows(), m.dims(), m.features().id(), (profiled - started) / 1e9);
    }

    @Override
    public void notice(String notice) {
        out.println("note: " + notice);
    }

    @Override
    public void clustered(PersonaModel model) {
        out.printf("clustered: k = %d in %.1f s%n", model.k(), (System.nanoTime() - profiled) / 1e9);
    }

    @Override
    public void ari(Path truth, double ari) {
        out.printf("adjusted Rand index vs %s: %.4f%n", truth.getFileName(), ari);
    }

    @Override
    public void stability(int replicates, double meanJaccard) {
        out.printf("bootstrap stability (%d replicates): mean Jaccard %.3f%n", replicates, meanJaccard);
    }

    /** Saves the model to {@code file} and prints it and where it went. */
    public void save(PersonaModel model, Path file) {
        BuildPersonas.save(model, file);
        PersonasCommand.print(out, model);
        out.println("model saved to " + file);
    }
}
