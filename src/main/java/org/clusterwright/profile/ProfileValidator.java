package org.clusterwright.profile;

import org.clusterwright.profile.ProfileProblem.Section;
import org.clusterwright.storagepath.PathUse;
import org.clusterwright.storagepath.StoragePathRules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the form of what the user typed, without touching the network. The wizard shows these as live field
 * feedback and the {@code input.*} checks report them, so each rule is written once, here.
 */
public final class ProfileValidator {
    /** Inedo's Enterprise licence covers this many servers per instance by default. */
    static final int LICENSED_NODES = 5;
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    public List<ProfileProblem> validate(Profile profile) {
        List<ProfileProblem> problems = new ArrayList<>();
        validateGeneral(profile, problems);
        validateNodes(profile, problems);
        validateDatabase(profile, problems);
        validateKey(profile, problems);
        validateStorage(profile, problems);
        validateLoadBalancer(profile, problems);
        return problems;
    }

    public List<ProfileProblem> validate(Profile profile, Section section) {
        return validate(profile).stream().filter(p -> p.section() == section).toList();
    }

    private static void validateGeneral(Profile profile, List<ProfileProblem> problems) {
        if (isBlank(profile.getName())) {
            problems.add(ProfileProblem.error(Section.GENERAL, "name", "The profile has no name.",
                    "Give the cluster a name, for example 'ProGet production'."));
        }
        WebHosting hosting = profile.getHighAvailability().getWebHosting();
        if (hosting != null && !profile.getVersionLine().procedure().hostings().contains(hosting)) {
            problems.add(ProfileProblem.error(Section.GENERAL, "highAvailability.webHosting", hosting.displayName()
                    + " does not host " + profile.getProduct() + " " + profile.getVersionLine().displayName()
                    + " (IIS cannot host the 2025 and later versions; one service runs both only from 2024).",
                    "Choose how the web application really runs on the servers, on the High availability page."));
        }
        if (!profile.getVersionLine().appliesTo(profile.getProduct())) {
            problems.add(ProfileProblem.error(Section.GENERAL, "versionLine",
                    profile.getVersionLine().displayName() + " does not exist for " + profile.getProduct() + ".",
                    "Pick the release line installed on the servers."));
        }
    }

    private static void validateNodes(Profile profile, List<ProfileProblem> problems) {
        List<ClusterNode> nodes = profile.getNodes();
        if (nodes.isEmpty()) {
            problems.add(ProfileProblem.error(Section.NODES, "nodes", "No servers are listed.",
                    "Add every server that will run " + profile.getProduct() + " in the cluster."));
            return;
        }
        if (nodes.size() == 1) {
            problems.add(ProfileProblem.warning(Section.NODES, "nodes",
                    "Only one server is listed; a cluster needs at least two to fail over.",
                    "Add the other servers. Inedo recommends three for load balancing and failover together."));
        }
        if (nodes.size() > LICENSED_NODES) {
            problems.add(ProfileProblem.warning(Section.NODES, "nodes", nodes.size() + " servers are listed; an "
                    + "Enterprise licence covers " + LICENSED_NODES + " per instance by default.",
                    "Confirm with Inedo that your licence covers " + nodes.size() + " servers."));
        }
        Set<String> names = new HashSet<>();
        Set<String> hosts = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            ClusterNode node = nodes.get(i);
            String field = "nodes[" + i + "]";
            String label = isBlank(node.getName()) ? "server " + (i + 1) : "'" + node.getName() + "'";
            if (isBlank(node.getName())) {
                problems.add(ProfileProblem.error(Section.NODES, field + ".name", "Server " + (i + 1) + " has no name.",
                        "Give it the name administrators know it by."));
            } else if (!names.add(node.getName().trim().toLowerCase(Locale.ROOT))) {
                problems.add(ProfileProblem.error(Section.NODES, field + ".name", "The name " + label + " is used twice.",
                        "Give each server its own name."));
            }
            validateHost(node, field, label, hosts, problems);
            validateBaseUrl(node.getBaseUrl(), field, label, problems);
            if (node.getRoles().isEmpty()) {
                problems.add(ProfileProblem.error(Section.NODES, field + ".roles", label + " has no role.",
                        "Choose web, service, or both."));
            }
            validateConfigAccess(node, field, label, problems);
        }
    }

    /** How the node's config file is reached: the SMB port, a local folder, a Docker node's env file. */
    private static void validateConfigAccess(ClusterNode node, String field, String label, List<ProfileProblem> problems) {
        Integer port = node.getSmbPort();
        if (port != null && (port < 1 || port > 65535)) {
            problems.add(ProfileProblem.error(Section.NODES, field + ".smbPort", label + ": the SMB port " + port
                    + " is not between 1 and 65535.", "Leave it empty for the standard port 445."));
        }
        String local = node.getLocalConfigFolder();
        if (!isBlank(local) && !isAbsolutePath(local)) {
            problems.add(ProfileProblem.error(Section.NODES, field + ".localConfigFolder", label + ": the local config "
                    + "folder '" + local + "' is not an absolute path.", "Give the whole path, for example "
                    + "C:\\ProgramData\\Inedo\\SharedConfig or /srv/proget/config."));
        }
        if (node.getAccess() == NodeAccess.KUBERNETES && isBlank(node.getWorkload())) {
            problems.add(ProfileProblem.warning(Section.NODES, field + ".workload", label + " is a Kubernetes pod"
                    + " without its workload, so the restart plan assumes deployment/" + node.targetName() + ".",
                    "Name the workload as kubectl does, for example statefulset/proget."));
        }
        if (node.getAccess().container() && isBlank(node.getEnvFile()) && isBlank(local)) {
            problems.add(ProfileProblem.warning(Section.NODES, field + ".envFile", label + " is a Docker/Linux node "
                    + "without an env or compose file, so its EncryptionKey cannot be read.",
                    "Give the env file or compose file that configures its container."));
        }
    }

    private static boolean isAbsolutePath(String path) {
        String text = path.strip();
        // judged by the text, not by this machine's file system: a profile may be written on Linux for Windows nodes
        return text.startsWith("/") || text.startsWith("\\\\") || text.matches("(?i)[a-z]:[\\\\/].*");
    }

    private static void validateHost(ClusterNode node, String field, String label, Set<String> hosts,
                                     List<ProfileProblem> problems) {
        String host = node.getHost();
        if (isBlank(host)) {
            problems.add(ProfileProblem.error(Section.NODES, field + ".host", label + " has no host name.",
                    "Enter its DNS name or IP address, for example proget-1.corp.local."));
        } else if (!HostNames.isValid(host.trim())) {
            problems.add(ProfileProblem.error(Section.NODES, field + ".host",
                    "'" + host + "' is not a valid host name or IP address (" + label + ").",
                    "Use letters, digits, '-' and '.', or an IPv4/IPv6 address, with no scheme or path."));
        } else if (!hosts.add(host.trim().toLowerCase(Locale.ROOT))) {
            problems.add(ProfileProblem.warning(Section.NODES, field + ".host", "The host " + host
                    + " is listed twice; two nodes on one server give no protection when it fails.",
                    "Put each node on its own server."));
        }
    }

    private static void validateBaseUrl(String url, String field, String label, List<ProfileProblem> problems) {
        String problem = HttpUrls.problemWith(url);
        if (problem != null) {
            problems.add(ProfileProblem.error(Section.NODES, field + ".baseUrl", label + ": " + problem,
                    "Enter the node's own address, for example http://proget-1:8624/."));
        }
    }

    private static void validateDatabase(Profile profile, List<ProfileProblem> problems) {
        DatabaseSettings db = profile.getDatabase();
        boolean inedoDb = profile.getVersionLine().procedure().inedoDb(profile.getProduct());
        if (isBlank(db.getConnectionString()) && inedoDb) {
            // ProGet 2025+ without a connection string runs its embedded database, private to one server
            problems.add(ProfileProblem.error(Section.DATABASE, "database.connectionString",
                    "No connection string is given: ProGet 2025+ then uses its embedded database, which only the"
                            + " server it runs on can use, so a cluster cannot share it.",
                    "Move the data to a shared InedoDB (or SQL Server) with Administration > Database Overview or"
                            + " proget database export/import, then paste that server's connection string."));
        } else if (isBlank(db.getConnectionString())) {
            problems.add(ProfileProblem.error(Section.DATABASE, "database.connectionString",
                    "No connection string is given.",
                    "Paste the connection string from one server's " + profile.getProduct().configFileName() + "."));
        }
        if (db.getKind() == DatabaseKind.POSTGRESQL && !inedoDb) {
            problems.add(ProfileProblem.error(Section.DATABASE, "database.kind",
                    "PostgreSQL (InedoDB) needs ProGet 2025 or newer; " + profile.getProduct() + " "
                            + profile.getVersionLine().displayName() + " uses SQL Server.",
                    "Choose SQL Server, or upgrade to ProGet 2025+ first."));
        }
    }

    private static void validateKey(Profile profile, List<ProfileProblem> problems) {
        String fingerprint = profile.getEncryptionKey().getFingerprint();
        if (fingerprint != null && !FINGERPRINT.matcher(fingerprint).matches()) {
            problems.add(ProfileProblem.error(Section.ENCRYPTION_KEY, "encryptionKey.fingerprint",
                    "The key fingerprint '" + fingerprint + "' is not 16 lower-case hex characters.",
                    "Clear the fingerprint and adopt or generate the key again in step 2."));
        }
    }

    private static void validateStorage(Profile profile, List<ProfileProblem> problems) {
        if (!profile.getProduct().storage().shared()) {
            return;
        }
        String path = profile.getStorage().getPath();
        if (isBlank(path)) {
            problems.add(ProfileProblem.error(Section.STORAGE, "storage.path", "No shared storage path is given.",
                    "Enter the UNC path every server will use, for example \\\\files\\proget-packages."));
            return;
        }
        PathUse use = profile.getNodes().size() > 1 ? PathUse.CLUSTER : PathUse.SINGLE_HOST;
        StoragePathRules.problemWith(path.trim(), use).ifPresent(problem -> problems.add(problem.blocking()
                ? ProfileProblem.error(Section.STORAGE, "storage.path", problem.message(), problem.remedy())
                : ProfileProblem.warning(Section.STORAGE, "storage.path", problem.message(), problem.remedy())));
    }

    private static void validateLoadBalancer(Profile profile, List<ProfileProblem> problems) {
        LoadBalancerSettings lb = profile.getLoadBalancer();
        if (isBlank(lb.getUrl())) {
            problems.add(ProfileProblem.warning(Section.LOAD_BALANCER, "loadBalancer.url",
                    "No load balancer address is given, so it cannot be verified.",
                    "Enter the address users reach the cluster by, for example https://proget.corp/."));
        } else {
            String problem = HttpUrls.problemWith(lb.getUrl());
            if (problem != null) {
                problems.add(ProfileProblem.error(Section.LOAD_BALANCER, "loadBalancer.url", problem,
                        "Enter the balancer's address, for example https://proget.corp/."));
            }
        }
        String header = lb.getNodeHeader();
        if (!isBlank(header) && !HEADER_NAME.matcher(header.trim()).matches()) {
            problems.add(ProfileProblem.error(Section.LOAD_BALANCER, "loadBalancer.nodeHeader",
                    "'" + header + "' is not a valid HTTP header name.",
                    "Use a name such as X-Served-By, with no spaces or colon."));
        }
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
