package org.clusterwright.lab;

import org.clusterwright.testing.ProcessEnds;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * What a running lab holds that must be gone once it stops: the nodes', the load balancer's and PostgreSQL's ports,
 * the postmaster and its children (which pg_ctl detached, so they are found by the postmaster's id, not among our
 * descendants), and any postgres or pg_ctl process that is still a descendant of this JVM.
 */
public record LabTraces(List<InetSocketAddress> ports, List<ProcessHandle> postgres) {

    public static LabTraces of(Lab lab) throws IOException {
        List<InetSocketAddress> ports = new ArrayList<>();
        lab.nodes().forEach(node -> ports.add(new InetSocketAddress(node.host(), node.port())));
        ports.add(address(lab.balancerUrl()));
        ports.add(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), lab.databasePort()));
        return of(ports, lab.postmasterPid());
    }

    /** The traces of a lab another face started, known by the addresses it listens on and its postmaster's id. */
    public static LabTraces of(List<InetSocketAddress> ports, long postmasterPid) {
        List<ProcessHandle> postgres = new ArrayList<>();
        ProcessHandle.of(postmasterPid).ifPresent(postmaster -> {
            postgres.add(postmaster);
            postgres.addAll(postmaster.children().toList());
        });
        return new LabTraces(List.copyOf(ports), List.copyOf(postgres));
    }

    /** The host and port of an http URL such as a node's or the balancer's base URL. */
    public static InetSocketAddress address(String url) {
        URI uri = URI.create(url);
        return new InetSocketAddress(uri.getHost(), uri.getPort());
    }

    /** Everything still there, worded for an assertion message; empty when the lab left nothing behind. */
    public List<String> leftBehind() {
        List<String> left = new ArrayList<>();
        for (InetSocketAddress address : ports) {
            if (accepts(address)) {
                left.add("something still listens on " + address);
            } else if (!bindable(address)) {
                left.add(address + " cannot be bound again");
            }
        }
        postgres.stream().filter(ProcessEnds::running)
                .forEach(p -> left.add("process " + p.pid() + " " + p.info().commandLine().orElse("") + " still runs"));
        ProcessHandle.current().descendants().filter(ProcessEnds::running)
                .filter(p -> p.info().command().map(c -> c.contains("postgres") || c.contains("pg_ctl")).orElse(false))
                .forEach(p -> left.add("descendant " + p.pid() + " " + p.info().command().orElse("") + " still runs"));
        return left;
    }

    private static boolean accepts(InetSocketAddress address) {
        try (Socket socket = new Socket()) {
            socket.connect(address, 500);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }

    private static boolean bindable(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            // connections the lab closed linger in TIME_WAIT; that is not the port being held
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException inUse) {
            return false;
        }
    }
}
