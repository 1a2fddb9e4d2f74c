package org.clusterwright.engine;

import org.clusterwright.check.Check;
import org.clusterwright.check.CheckContext;
import org.clusterwright.check.CheckId;
import org.clusterwright.check.Outcome;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileProblem;
import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.profile.ProfileValidator;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reports the form problems of one profile section as a check, so the CLI and the grid show them too. */
final class InputCheck implements Check {
    private final Section section;
    private final Profile profile;

    InputCheck(Section section, Profile profile) {
        this.section = section;
        this.profile = profile;
    }

    static CheckId idFor(Section section) {
        return CheckId.of("input." + section.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    @Override
    public CheckId id() {
        return idFor(section);
    }

    @Override
    public Outcome run(CheckContext context) {
        List<ProfileProblem> problems = new ProfileValidator().validate(profile, section);
        if (problems.isEmpty()) {
            return Outcome.pass("The " + describe(section) + " settings are complete and well formed.");
        }
        List<ProfileProblem> errors = problems.stream().filter(ProfileProblem::blocking).toList();
        ProfileProblem first = errors.isEmpty() ? problems.get(0) : errors.get(0);
        String summary = problems.size() == 1 ? first.message()
                : first.message() + " (and " + (problems.size() - 1) + " more)";
        String remedy = problems.stream().map(ProfileProblem::remedy).distinct().collect(Collectors.joining(" "));
        String detail = problems.stream()
                .map(p -> (p.blocking() ? "error " : "warning ") + p.field() + ": " + p.message())
                .collect(Collectors.joining("\n"));
        Outcome outcome = errors.isEmpty() ? Outcome.warn(summary, remedy) : Outcome.fail(summary, remedy);
        return outcome.withDetail(detail).withEvidence("problems", problems.size());
    }

    private static String describe(Section section) {
        return section.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
