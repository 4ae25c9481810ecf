package org.relay.testing;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The EAR the build produced, as the system tests deploy it. */
public final class RelayDeployments {

  static final String WAR = "relay-web.war";
  static final String EJB = "relay-ejb.jar";

  private RelayDeployments() {}

  /** The real EAR, unchanged (black-box tests). */
  public static EnterpriseArchive relayEar() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class, new File(TestSettings.required("relay.ear")));
  }

  /**
   * The real EAR with the given test classes in its WAR, for tests that run inside the server, a
   * recorder standing in for a webhook receiver, and training's clock that tests can move ({@link
   * MovableTrainingClock}, in the EJB module where training injects it). Arquillian's test runner
   * and the recorder are exempted from the login; every other page still needs one.
   */
  public static EnterpriseArchive relayEarWith(Class<?>... testClasses) {
    EnterpriseArchive ear = relayEar();
    JavaArchive ejb = ear.getAsType(JavaArchive.class, EJB);
    ejb.addClass(MovableTrainingClock.class);
    ear.delete(EJB);
    ear.addAsModule(ejb);
    WebArchive war = ear.getAsType(WebArchive.class, WAR);
    war.addClasses(testClasses);
    war.addClasses(CallbackRecorder.class, Await.class);
    String webXml = read(war.get("WEB-INF/web.xml").getAsset().openStream());
    war.delete("WEB-INF/web.xml");
    war.setWebXML(
        new StringAsset(
            webXml.replace(
                "<login-config>",
                "<security-constraint><web-resource-collection>"
                    + "<web-resource-name>Arquillian</web-resource-name>"
                    + "<url-pattern>/ArquillianServletRunnerEE9</url-pattern>"
                    + "<url-pattern>"
                    + CallbackRecorder.PATH
                    + "</url-pattern>"
                    + "</web-resource-collection></security-constraint>\n    <login-config>")));
    ear.delete(WAR);
    ear.addAsModule(war);
    return ear;
  }

  private static String read(InputStream in) {
    try (in) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      in.transferTo(out);
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
