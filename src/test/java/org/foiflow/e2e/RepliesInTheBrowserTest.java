package org.foiflow.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.foiflow.contract.RequestVariables;
import org.foiflow.inbound.Corpus;
import org.foiflow.inbound.InboundSettings;
import org.foiflow.inbound.ListeningMailbox;
import org.foiflow.inbound.Replies;
import org.foiflow.mail.MailCatcher;
import org.foiflow.mail.MailKind;
import org.foiflow.mail.Outbox;
import org.foiflow.mail.OutboxMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

/**
 * The authority answers by email: a reply sent over SMTP to the request's reply address at the
 * built-in mail catcher (127.0.0.1, as the README shows) is read from the inbound mailbox with
 * IMAP IDLE, and shows on the request's page, in its correspondence with the attachment to
 * download, and on the "Record the authority's response" task in Tasklist. A bounce shows as
 * "Delivery failed" in Cockpit and on the page, where the requester sends the letter again to the
 * corrected address. Requests of 2036.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RepliesInTheBrowserTest {

  private static final String REQUESTER = "replies-requester";
  private static final String PASSWORD = "Replies-Test-Secret-3";
  private static final LocalDate FILED = LocalDate.of(2036, 3, 10);

  @RegisterExtension static final BrowserSession browsers = new BrowserSession("failed-replies-");

  private Browser browser;

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired RepositoryService repositoryService;
  @Autowired FormService formService;
  @Autowired RuntimeService runtimeService;
  @Autowired ManagementService managementService;
  @Autowired MailCatcher catcher;
  @Autowired Replies replies;
  @Autowired Outbox outbox;
  @Autowired InboundSettings inbound;

  @Test
  void aReplySentByEmailShowsOnTheRequestPageAndOnItsTask() throws Exception {
    String reference = fileAndSendAt(LocalTime.of(9, 30)); // with the reply address in Reply-To
    at(LocalTime.of(14, 5));
    try (ListeningMailbox listening = ListeningMailbox.start(context)) {
      sendReply(reference, replies.replyAddress(reference));
      awaitKept(reference);
    }
    runDueJobs(reference); // "Note the reply": the task comes up, its form shows the reply

    browser = browsers.at(port);
    TasklistPage tasklist = TasklistPage.open(browser, REQUESTER, PASSWORD);
    browser.open("/requests/" + reference);
    browser.seesText("Correspondence");
    String correspondence = browser.visible(By.id("correspondence-card")).getText();
    assertThat(correspondence)
        .contains(replies.replyAddress(reference))
        .contains("10 March 2036 · to foirequests@homeoffice.gov.uk · Freedom of Information request " + reference)
        .contains("10 March 2036 · from foirequests@homeoffice.gov.uk · RE: Freedom of Information request " + reference)
        .contains("482 tip-offs")
        .contains("Tip-offs by year.pdf");
    assertThat(correspondence.indexOf("· RE: Freedom")).as("the reply, then the email telling the requester")
        .isLessThan(correspondence.indexOf(reference + ": Home Office replied"));
    assertThat(browser.visible(By.linkText("Tip-offs by year.pdf")).getAttribute("href")).matches(".*/api/inbound/attachments/\\d+");
    browser.driver.manage().window().setSize(new Dimension(1100, 1250));
    browser.scrollIntoView(browser.visible(By.id("correspondence-card")), "start");
    // docs/screenshots/request-correspondence.png, the README's picture, is this one.
    browser.screenshot("replies-01-request-correspondence");
    browser.driver.manage().window().setSize(new Dimension(1280, 1000));

    browser.open("/requests/" + reference);
    browser.click(By.partialLinkText("Open in Tasklist"));
    CamundaForm form = new CamundaForm(browser, "Record the authority's response");
    String shown = browser.visible(By.cssSelector("textarea[id$='-Field_latestReply']")).getAttribute("value");
    assertThat(shown).startsWith("From foirequests@homeoffice.gov.uk, 10 March 2036").contains("482 tip-offs");
    assertThat(browser.visible(By.cssSelector("textarea[id$='-Field_latestReply']")).getAttribute("readonly")).isNotNull();
    assertThat(form.text()).contains("Attachments of the reply").contains("Tip-offs by year.pdf");
    assertThat(browser.visible(By.linkText("Tip-offs by year.pdf")).getAttribute("href")).matches(".*/api/inbound/attachments/\\d+");
    // The day the reply came in is offered as the date of the authority's reply (its Date header is today's, before the request went).
    assertThat(browser.visible(By.cssSelector("input[id$='-Field_responseDate-date']")).getAttribute("value")).isEqualTo("10/03/2036");
    form.scrollToTop();
    browser.screenshot("replies-02-task-shows-the-reply");

    // Completed as shown, with the offered date: the read-only reply does not stand in the way.
    // At the top of the view, so that its list of options opens clear of Tasklist's footer.
    browser.scrollIntoView(browser.visible(By.cssSelector("[id$='-Field_response-display']")), "start");
    form.choose("Field_response", "Acknowledgement only: keep waiting");
    tasklist.complete();
    ProcessInstance request = runtimeService.createProcessInstanceQuery().processDefinitionKey("foi-request")
        .processInstanceBusinessKey(reference).singleResult();
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
        assertThat(runtimeService.getVariable(request.getId(), RequestVariables.RESPONSE.name())).isEqualTo("ACKNOWLEDGED"));
    assertThat(runtimeService.getVariable(request.getId(), RequestVariables.RESPONSE_DATE.name())).isEqualTo("2036-03-10");
    assertThat(runtimeService.getVariable(request.getId(), RequestVariables.LATEST_REPLY.name()).toString()).contains("482 tip-offs");
  }

  @Test
  void aBouncedLetterShowsAsDeliveryFailedAndTheRequesterSendsItAgainToTheCorrectedAddress() throws Exception {
    String reference = fileAndSendAt(LocalTime.of(9, 45));
    OutboxMessage letter = outbox.forReference(reference).stream().filter(m -> m.kind() == MailKind.REQUEST_LETTER).findFirst().orElseThrow();

    // The authority's mail server bounces the letter to FOI Flow's mailbox.
    try (ListeningMailbox listening = ListeningMailbox.start(context)) {
      send(Corpus.message("13-dsn-bounce.eml", Map.of("REFERENCE", reference, "REPLY_ADDRESS", replies.replyAddress(reference),
          "TAMPERED_ADDRESS", "x@example.org", "LETTER_MESSAGE_ID", letter.messageId(), "UNIQUE", UUID.randomUUID().toString())),
          inbound.address());
      awaitKept(reference);
    }
    runDueJobs(reference);

    // The administrator's Cockpit, in a browser of its own (the requester's login is another).
    try (Browser administrator = new Browser("http://127.0.0.1:" + port)) {
      CockpitPage cockpit = CockpitPage.openDashboard(administrator, "admin", "Test-Owner-Secret-1");
      assertThat(String.join(" | ", cockpit.deadlineRow(reference))).contains("Delivery failed");
      administrator.screenshot("replies-03-cockpit-delivery-failed");
    }

    browser = browsers.at(port);
    TasklistPage.open(browser, REQUESTER, PASSWORD);
    browser.open("/requests/" + reference);
    browser.visibleWithText(By.id("delivery-failed"), "An email to the authority came back undelivered");
    assertThat(browser.visible(By.id("correspondence-card")).getText()).contains("Delivery failed").contains("5.1.1");
    browser.scrollIntoView(browser.visible(By.id("delivery-failed")), "start");
    browser.screenshot("replies-04-delivery-failed");

    WebElement address = browser.visible(By.id("resend-address"));
    address.sendKeys("foi.requests@homeoffice.gov.uk");
    browser.click(By.xpath("//form[@id='resend-form']//button[normalize-space()='Send the request again']"));
    browser.until(d -> !d.findElement(By.id("delivery-failed")).isDisplayed()
        && d.findElement(By.id("correspondence")).getText().contains("to foi.requests@homeoffice.gov.uk"));
    runDueJobs(reference);
    assertThat(outbox.forReference(reference)).filteredOn(m -> m.kind() == MailKind.REQUEST_LETTER)
        .extracting(OutboxMessage::recipient, OutboxMessage::status)
        .containsExactly(tuple("foirequests@homeoffice.gov.uk", OutboxMessage.Status.SENT),
            tuple("foi.requests@homeoffice.gov.uk", OutboxMessage.Status.SENT));
    browser.open("/requests/" + reference);
    browser.visibleWithText(By.id("correspondence"), "to foi.requests@homeoffice.gov.uk");
    assertThat(browser.visible(By.id("correspondence")).getText())
        .contains("to foi.requests@homeoffice.gov.uk · Freedom of Information request " + reference + ": Tip-offs from MPs (sent)");
    browser.screenshot("replies-05-sent-again");
  }

  /** As the authority's mail program would: a reply with a PDF, over SMTP to the catcher. */
  private void sendReply(String reference, String replyAddress) throws Exception {
    MimeMessage reply = new MimeMessage(smtp());
    reply.setFrom(new InternetAddress("foirequests@homeoffice.gov.uk", "FOI Team, Home Office"));
    reply.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(replyAddress));
    reply.setSubject("RE: Freedom of Information request " + reference + ": Tip-offs from MPs");
    MimeBodyPart text = new MimeBodyPart();
    text.setText("Dear Priya Reporter,\n\nWe hold the information you asked for: MPs passed 482 tip-offs to immigration "
        + "enforcement between 2014 and 2016. The figures for each year are in the attached PDF.\n\nFOI Team, Home Office\n",
        "UTF-8");
    MimeBodyPart pdf = new MimeBodyPart();
    pdf.setDataHandler(new jakarta.activation.DataHandler(new ByteArrayDataSource(
        "%PDF-1.4\n% Tip-offs by year: 2014 162, 2015 170, 2016 150\n%%EOF\n".getBytes(StandardCharsets.US_ASCII), "application/pdf")));
    pdf.setFileName("Tip-offs by year.pdf");
    reply.setContent(new MimeMultipart(text, pdf));
    Transport.send(reply);
  }

  /** A raw message over SMTP to the catcher, for {@code to}. */
  private void send(byte[] raw, String to) throws Exception {
    Transport.send(new MimeMessage(smtp(), new ByteArrayInputStream(raw)), new InternetAddress[] {new InternetAddress(to)});
  }

  /** The built-in catcher's SMTP on 127.0.0.1. */
  private Session smtp() {
    Properties properties = new Properties();
    properties.put("mail.smtp.host", MailCatcher.HOST);
    properties.put("mail.smtp.port", String.valueOf(catcher.port()));
    return Session.getInstance(properties);
  }

  /** Files the request as the requester on {@link #FILED} at {@code time}, and its letter goes. */
  private String fileAndSendAt(LocalTime time) {
    ensureRequester();
    at(time);
    String reference = file().getBusinessKey();
    runDueJobs(reference);
    return reference;
  }

  private static void at(LocalTime time) {
    ClockUtil.setCurrentTime(Date.from(FILED.atTime(time).atZone(ZoneId.of("Europe/London")).toInstant()));
  }

  /** Mail sent over SMTP is kept on its request within seconds (IDLE), not at a minute's poll. */
  private void awaitKept(String reference) throws InterruptedException {
    long sent = System.nanoTime();
    while (replies.forReference(reference).isEmpty()) {
      assertThat(Duration.ofNanos(System.nanoTime() - sent)).as("kept within seconds").isLessThan(Duration.ofSeconds(10));
      Thread.sleep(100);
    }
  }

  private void ensureRequester() {
    if (identityService.createUserQuery().userId(REQUESTER).count() == 0) {
      User user = identityService.newUser(REQUESTER);
      user.setPassword(PASSWORD);
      user.setFirstName("Priya");
      user.setLastName("Reporter");
      identityService.saveUser(user);
      identityService.createMembership(REQUESTER, "foi-requesters");
    }
  }

  private ProcessInstance file() {
    Map<String, Object> form = new HashMap<>();
    form.put("authorityName", "Home Office");
    form.put("authorityEmail", "foirequests@homeoffice.gov.uk");
    form.put("regime", "UK_FOIA");
    form.put("subject", "Tip-offs from MPs");
    form.put("requestText", "How many tip-offs did MPs pass to immigration enforcement, 2014-2016?");
    form.put("sendBy", "EMAIL");
    form.put("requesterName", "Priya Reporter");
    form.put("requesterEmail", "priya@example.org");
    String definitionId =
        repositoryService.createProcessDefinitionQuery().processDefinitionKey("foi-request").latestVersion().singleResult().getId();
    identityService.setAuthentication(REQUESTER, List.of("foi-requesters"));
    try {
      return formService.submitStartForm(definitionId, form);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The request's due jobs (its letters' sending among them), as the job executor would run them. */
  private void runDueJobs(String reference) {
    for (int round = 0; round < 10; round++) {
      List<Job> due = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(reference).list().stream()
          .flatMap(instance -> managementService.createJobQuery().processInstanceId(instance.getId()).executable().list().stream())
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> managementService.executeJob(job.getId()));
    }
  }
}
