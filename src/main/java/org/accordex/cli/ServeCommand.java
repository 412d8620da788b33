package org.accordex.cli;

import java.io.IOException;
import java.net.URI;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.accordex.backend.Backend;
import org.accordex.watch.WatchingBackend;
import org.accordex.watch.Watches;
import org.accordex.web.WatchRoutes;
import org.accordex.web.WebServer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a web page and a JSON API over an index: search with facets, documents with their "
                + "mentions and commitments highlighted, deadlines, annotation of uploaded files.",
                "Listens on 127.0.0.1 unless --host says otherwise; stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    BackendOptions backendOptions;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Interface to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 makes the "
                    + "index readable by the network).")
    String host;

    @Mixin
    ModelOptions modelOptions;

    @Mixin
    WatchOptions watchOptions;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** True when {@code host} is this machine's loopback address (or a name for it). */
    static boolean loopback(String host) {
        try {
            return java.net.InetAddress.getByName(host).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        Backend backend = backendOptions.open();
        Watches watches = watchOptions.open(backendOptions);
        // An uploaded file that is indexed fires the watches, as 'index' does.
        WebServer server = new WebServer(new WatchingBackend(backend, watches), modelOptions.load())
                .add(new WatchRoutes(watches));
        URI address;
        try {
            address = server.start(host, port);
        } catch (java.net.BindException e) {
            throw new Failure("cannot listen on " + host + ":" + port + " (" + e.getMessage() + ")");
        }
        spec.commandLine().getOut().println("accordex serving " + backend.describe() + " at " + address);
        spec.commandLine().getOut().flush();
        if (!loopback(host)) {
            spec.commandLine().getErr().println("accordex: warning: listening on " + host + ", not only on this machine:"
                    + " the index becomes readable by the network (anyone who can reach port " + address.getPort() + ")");
            spec.commandLine().getErr().flush();
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            try {
                backend.close();
            } catch (IOException e) {
                // stopping anyway
            }
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }
}
