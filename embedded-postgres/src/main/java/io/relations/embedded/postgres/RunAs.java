package io.relations.embedded.postgres;

import com.sun.security.auth.module.UnixSystem;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.nio.file.attribute.UserPrincipalLookupService;
import java.nio.file.attribute.UserPrincipalNotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The identity PostgreSQL's programs run with. initdb and postgres refuse to run as root, so under root
 * they run either in a user namespace of their own or, where containers forbid those, as user nobody.
 */
sealed interface RunAs {

    /** The command line that runs {@code command} with this identity. */
    List<String> wrap(List<String> command);

    /** Makes a file or directory tree, created by this JVM, belong to the identity the programs run with. */
    void handOver(Path path);

    /** Not root: the programs run as this JVM's user. */
    record CurrentUser() implements RunAs {
        @Override
        public List<String> wrap(List<String> command) {
            return command;
        }

        @Override
        public void handOver(Path path) {
        }
    }

    /**
     * Root, with user namespaces allowed: {@code unshare -U} makes the programs see themselves as an ordinary
     * user while the kernel still treats their files as root's, so nothing needs handing over.
     */
    record UserNamespace() implements RunAs {
        @Override
        public List<String> wrap(List<String> command) {
            return concat(List.of("unshare", "-U"), command);
        }

        @Override
        public void handOver(Path path) {
        }
    }

    /** Root, without user namespaces: the programs run as an unprivileged user, who must own the cluster's files. */
    record UnprivilegedUser(String user, String group) implements RunAs {
        @Override
        public List<String> wrap(List<String> command) {
            return concat(List.of("setpriv", "--reuid=" + user, "--regid=" + group, "--clear-groups"), command);
        }

        @Override
        public void handOver(Path path) {
            requireTraversableByOthers(path.toAbsolutePath().getParent());
            try (Stream<Path> tree = Files.walk(path)) {
                UserPrincipalLookupService lookup = path.getFileSystem().getUserPrincipalLookupService();
                UserPrincipal owner = lookup.lookupPrincipalByName(user);
                GroupPrincipal ownerGroup = lookup.lookupPrincipalByGroupName(group);
                for (Path each : (Iterable<Path>) tree::iterator) {
                    PosixFileAttributeView attributes =
                            Files.getFileAttributeView(each, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
                    attributes.setOwner(owner);
                    attributes.setGroup(ownerGroup);
                }
            } catch (IOException e) {
                throw new EmbeddedPostgresException("Could not hand " + path + " over to user " + user, e);
            }
        }

        private void requireTraversableByOthers(Path directory) {
            for (Path each = directory; each != null; each = each.getParent()) {
                try {
                    if (!Files.getPosixFilePermissions(each).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                        throw new EmbeddedPostgresException("PostgreSQL runs as user " + user + " here, who cannot enter "
                                + each + ". Choose a data directory that user can reach (for example under /var/lib), "
                                + "allow it with `chmod o+x " + each + "`, run as a non-root user, or set RELATIONS_DB_URL.");
                    }
                } catch (IOException e) {
                    throw new EmbeddedPostgresException("Could not read the permissions of " + each, e);
                }
            }
        }
    }

    /**
     * Picks the first identity under which {@code postgres --version} runs.
     *
     * @param run runs a command line; injectable so that the choice can be tested without root
     */
    static RunAs choose(boolean root, Path postgres, Function<List<String>, ExternalCommand.Result> run) {
        if (!root) {
            return new CurrentUser();
        }
        List<String> probe = List.of(postgres.toString(), "--version");
        List<RunAs> candidates = List.of(new UserNamespace(), new UnprivilegedUser("nobody", nobodysGroup()));
        StringBuilder failures = new StringBuilder();
        for (RunAs candidate : candidates) {
            ExternalCommand.Result result = run.apply(candidate.wrap(probe));
            if (result.succeeded()) {
                return candidate;
            }
            failures.append("\n  ").append(String.join(" ", candidate.wrap(probe))).append(": ").append(result.output());
        }
        throw new EmbeddedPostgresException("This JVM runs as root, and PostgreSQL refuses to run as root. "
                + "Neither a user namespace (`unshare -U`) nor switching to user nobody (`setpriv`, util-linux) works here. "
                + "Run the service as a non-root user, or set RELATIONS_DB_URL to use an existing PostgreSQL server. "
                + "Attempts:" + failures);
    }

    static boolean isRoot() {
        return new UnixSystem().getUid() == 0;
    }

    /** Debian calls nobody's group "nogroup"; Red Hat calls it "nobody". */
    private static String nobodysGroup() {
        try {
            FileSystems.getDefault().getUserPrincipalLookupService().lookupPrincipalByGroupName("nogroup");
            return "nogroup";
        } catch (UserPrincipalNotFoundException e) {
            return "nobody";
        } catch (IOException e) {
            return "nogroup";
        }
    }

    private static List<String> concat(List<String> prefix, List<String> command) {
        List<String> all = new ArrayList<>(prefix);
        all.addAll(command);
        return List.copyOf(all);
    }
}
