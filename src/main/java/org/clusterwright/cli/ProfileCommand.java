package org.clusterwright.cli;

import org.clusterwright.check.ExitCodes;

import org.clusterwright.profile.Product;
import org.clusterwright.profile.Profile;
import org.clusterwright.profile.ProfileException;
import org.clusterwright.profile.ProfileLocations;
import org.clusterwright.profile.ProfileStore;
import org.clusterwright.profile.StarterProfiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "profile", mixinStandardHelpOptions = true, description = "Create profiles.",
        subcommands = ProfileCommand.NewProfile.class)
final class ProfileCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing command: use 'profile new'.");
    }

    @Command(name = "new", mixinStandardHelpOptions = true,
            description = "Write a starter profile: three placeholder nodes, the product's defaults, no secrets.")
    static final class NewProfile implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--product", required = true, paramLabel = "PRODUCT",
                description = "proget, buildmaster or otter.", converter = ProductConverter.class)
        Product product;

        @Option(names = "--name", paramLabel = "NAME", description = "The cluster's name (default: '<Product> cluster').")
        String name;

        @Option(names = "--out", paramLabel = "FILE",
                description = "Where to write it (default: the user's profile folder).")
        Path out;

        @Option(names = "--force", description = "Overwrite an existing file.")
        boolean force;

        @Override
        public Integer call() throws ProfileException {
            Profile profile = StarterProfiles.create(product, name);
            Path target = out != null ? out
                    : ProfileLocations.defaultFolder().resolve(ProfileLocations.fileNameFor(profile.getName()));
            if (Files.exists(target) && !force) {
                throw UsableInputException.unusable(target + " already exists; pass --force to overwrite it.");
            }
            new ProfileStore().save(profile, target);
            spec.commandLine().getOut().println("Wrote " + target.toAbsolutePath());
            return ExitCodes.ALL_PASSED;
        }
    }

    static final class ProductConverter implements picocli.CommandLine.ITypeConverter<Product> {
        @Override
        public Product convert(String value) {
            return Product.fromId(value);
        }
    }
}
