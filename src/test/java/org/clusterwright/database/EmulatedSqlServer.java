package org.clusterwright.database;

import org.clusterwright.database.tds.TdsResponder;
import org.clusterwright.lab.LabSqlServer;
import org.clusterwright.profile.Product;
import org.clusterwright.secrets.Secret;

import java.io.IOException;

/**
 * A lab's SQL Server for the lines that run on it: the TDS responder on loopback, without TLS, with one login that
 * owns the product's database, which holds an existing installation (so step 2 keeps its key). It answers the probe's
 * own questions as a healthy single server does; the lab's nodes log in to it with the real mssql-jdbc driver.
 */
public final class EmulatedSqlServer implements LabSqlServer, AutoCloseable {
    private static final String PASSWORD = "Lab-Sql-Pw-5531";

    private final TdsResponder responder;
    private final String login;
    private final String database;

    private EmulatedSqlServer(TdsResponder responder, String login, String database) {
        this.responder = responder;
        this.login = login;
        this.database = database;
    }

    public static EmulatedSqlServer start(Product product) throws IOException {
        String login = product.id();
        String database = product.displayName();
        SqlServerAnswers answers = new SqlServerAnswers();
        answers.login = login;
        answers.database = database;
        answers.installed = true;
        answers.tables = 120;
        answers.scripts = 412;
        answers.latestScript = "2025.1/0412-Clusterwright-Lab.sql";
        answers.lastExecuted = "2026-01-05T10:00:00";
        String role = product.displayName() + "User_Role";
        TdsResponder responder = TdsResponder.builder().mode(TdsResponder.Mode.NO_TLS).login(login, PASSWORD)
                .database(database).queryHandler(sql -> answers.handler(role).apply(sql)).start();
        return new EmulatedSqlServer(responder, login, database);
    }

    @Override
    public String connectionString() {
        return "Server=127.0.0.1," + responder.port() + ";Database=" + database + ";User ID=" + login
                + ";Encrypt=False";
    }

    @Override
    public Secret password() {
        return Secret.of(PASSWORD);
    }

    @Override
    public String describe() {
        return "SQL Server (emulated at the protocol level) on 127.0.0.1:" + responder.port();
    }

    /** How many logins the server accepted: the probe's and the lab nodes'. */
    public long acceptedLogins() {
        return responder.logins().stream().filter(TdsResponder.Login::accepted).count();
    }

    @Override
    public void close() {
        responder.close();
    }
}
