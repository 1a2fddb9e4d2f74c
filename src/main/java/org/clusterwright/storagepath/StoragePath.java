package org.clusterwright.storagepath;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A storage path as the user typed it, taken apart: a UNC share path, a drive path, or an absolute POSIX path.
 * Parsing never touches the network or the file system, so the wizard can run it on every keystroke.
 */
public sealed interface StoragePath permits StoragePath.Unc, StoragePath.Drive, StoragePath.Posix {

    /** The path in the form the product's setting wants. */
    String text();

    /**
     * Parses {@code text}; {@code \\?\UNC\server\share} is read as {@code \\server\share} and forward slashes as
     * backslashes, as Windows does.
     *
     * @throws MalformedStoragePathException naming what is wrong and how to write it instead
     */
    static StoragePath parse(String text) throws MalformedStoragePathException {
        return Parser.parse(text);
    }

    /** {@code \\host\share\folder\...}; {@code host} is a name or an IP literal (IPv6 without brackets). */
    record Unc(String host, String share, List<String> folders) implements StoragePath {
        public Unc {
            folders = List.copyOf(folders);
        }

        @Override
        public String text() {
            StringBuilder text = new StringBuilder("\\\\").append(host).append('\\').append(share);
            folders.forEach(folder -> text.append('\\').append(folder));
            return text.toString();
        }

        /** The folder inside the share as SMB wants it: backslashes, no leading one, empty for the share's root. */
        public String folderInShare() {
            return String.join("\\", folders);
        }

        /** True for an administrative or hidden share such as {@code D$}. */
        public boolean isHiddenShare() {
            return share.endsWith("$");
        }
    }

    /** {@code P:\folder}: a local disk or a drive letter mapped by one user's logon. */
    record Drive(char letter, String rest) implements StoragePath {
        @Override
        public String text() {
            return letter + ":" + rest;
        }
    }

    /** {@code /var/proget/packages}: a Linux or container path. */
    record Posix(String path) implements StoragePath {
        @Override
        public String text() {
            return path;
        }
    }

    /** The grammar, kept out of the interface so its helpers stay private. */
    final class Parser {
        private static final String LONG_UNC = "\\\\?\\UNC\\";
        private static final String LONG_LOCAL = "\\\\?\\";
        private static final Pattern DRIVE = Pattern.compile("([A-Za-z]):(\\\\.*)?");
        // what Windows refuses in a share name and in a file or folder name
        private static final Pattern BAD_SHARE_CHARS = Pattern.compile("[\"/\\\\\\[\\]:|<>+=;,?*\\p{Cntrl}]");
        private static final Pattern BAD_NAME_CHARS = Pattern.compile("[\"<>:|?*\\p{Cntrl}]");
        private static final int MAX_SHARE_NAME = 80;
        private static final String EXAMPLE = "\\\\fileserver\\share\\folder";

        private Parser() {
        }

        static StoragePath parse(String raw) throws MalformedStoragePathException {
            String text = raw == null ? "" : raw.strip();
            if (text.isEmpty()) {
                throw new MalformedStoragePathException("The storage path is empty.",
                        "Enter the UNC path every server will use, for example " + EXAMPLE + ".");
            }
            if (text.startsWith("/") && !text.startsWith("//")) {
                return posix(text);
            }
            String windows = text.replace('/', '\\');
            if (windows.regionMatches(true, 0, LONG_UNC, 0, LONG_UNC.length())) {
                return unc(windows.substring(LONG_UNC.length()), text);
            }
            if (windows.startsWith(LONG_LOCAL)) {
                return drive(windows.substring(LONG_LOCAL.length()), text);
            }
            if (windows.startsWith("\\\\")) {
                return unc(windows.substring(2), text);
            }
            return drive(windows, text);
        }

        private static StoragePath posix(String text) throws MalformedStoragePathException {
            if (text.contains("\\") || text.chars().anyMatch(Character::isISOControl)) {
                throw new MalformedStoragePathException("'" + text + "' mixes a Linux path with backslashes or "
                        + "control characters.", "Write a Linux path with forward slashes only, for example "
                        + "/var/proget/packages.");
            }
            return new Posix(text.length() > 1 && text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
        }

        private static StoragePath drive(String windows, String original) throws MalformedStoragePathException {
            Matcher drive = DRIVE.matcher(windows);
            if (!drive.matches()) {
                throw new MalformedStoragePathException("'" + original + "' is neither a UNC path nor an absolute "
                        + "path.", "Write it as " + EXAMPLE + ".");
            }
            String rest = drive.group(2) == null ? "\\" : drive.group(2);
            List<String> folders = folders(rest.substring(1), original, true);
            char letter = Character.toUpperCase(drive.group(1).charAt(0));
            return new Drive(letter, "\\" + String.join("\\", folders));
        }

        private static StoragePath unc(String afterSlashes, String original) throws MalformedStoragePathException {
            String[] parts = afterSlashes.split("\\\\", -1);
            if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
                throw new MalformedStoragePathException("'" + original + "' is an incomplete UNC path: it needs a "
                        + "server and a share.", "Write it as \\\\server\\share or " + EXAMPLE + ".");
            }
            String host = UncHosts.normalise(parts[0]).orElseThrow(() -> new MalformedStoragePathException(
                    "'" + parts[0] + "' in '" + original + "' is not a valid server name or IP address.",
                    "Use the file server's DNS name (files or files.corp.local), an IPv4 address, or an IPv6 "
                            + "address such as fd00--5.ipv6-literal.net."));
            String share = parts[1];
            if (BAD_SHARE_CHARS.matcher(share).find() || share.length() > MAX_SHARE_NAME || share.endsWith(" ")) {
                throw new MalformedStoragePathException("'" + share + "' in '" + original + "' is not a valid "
                        + "share name.", "Use the share's name as the file server lists it (net share), without"
                        + " \" / [ ] : | < > + = ; , ? *.");
            }
            List<String> rest = new ArrayList<>(List.of(parts).subList(2, parts.length));
            return new Unc(host, share, folders(String.join("\\", rest), original, true));
        }

        private static List<String> folders(String rest, String original, boolean allowTrailingSlash)
                throws MalformedStoragePathException {
            List<String> folders = new ArrayList<>();
            if (rest.isEmpty()) {
                return folders;
            }
            String[] names = rest.split("\\\\", -1);
            for (int i = 0; i < names.length; i++) {
                String name = names[i];
                boolean last = i == names.length - 1;
                if (name.isEmpty() && last && allowTrailingSlash) {
                    break;
                }
                String problem = folderProblem(name);
                if (problem != null) {
                    throw new MalformedStoragePathException("'" + original + "' has " + problem + ".",
                            "Remove it; folder names may not be empty, '.' or '..', end in a space or a dot, or "
                                    + "contain \" < > : | ? *.");
                }
                folders.add(name);
            }
            return folders;
        }

        private static String folderProblem(String name) {
            if (name.isEmpty()) {
                return "an empty folder name (two backslashes in a row)";
            }
            if (name.equals(".") || name.equals("..")) {
                return "a relative part '" + name + "'";
            }
            if (BAD_NAME_CHARS.matcher(name).find()) {
                return "a folder name with a character Windows refuses: '" + name + "'";
            }
            if (name.endsWith(" ") || name.endsWith(".")) {
                return "a folder name ending in a space or dot: '" + name + "'";
            }
            return null;
        }
    }
}
