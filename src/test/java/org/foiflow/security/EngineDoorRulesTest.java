package org.foiflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foiflow.security.EngineDoorRules.Door;
import org.junit.jupiter.api.Test;

class EngineDoorRulesTest {

  static final Caller REQUESTER = new Caller("requester-a", List.of(FoiGroups.REQUESTERS), List.of(), false);
  static final Caller EDITOR = new Caller("editor", List.of(FoiGroups.EDITORS), List.of(), false);
  static final Caller ADMIN = new Caller("admin", List.of("camunda-admin"), List.of(), false);

  @Test
  void requestersReadAndQueryButChangeStateOnlyThroughTheCheckedDoors() {
    assertThat(EngineDoorRules.engineCall(REQUESTER, "GET", "/task/42/form-variables")).isEqualTo(Door.PASS);
    assertThat(EngineDoorRules.engineCall(REQUESTER, "POST", "/task")).isEqualTo(Door.PASS);
    assertThat(EngineDoorRules.engineCall(REQUESTER, "POST", "/filter/7/list")).isEqualTo(Door.PASS);
    assertThat(EngineDoorRules.engineCall(REQUESTER, "POST", "/history/task/count")).isEqualTo(Door.PASS);
    assertThat(EngineDoorRules.engineCall(REQUESTER, "POST", "/task/42/submit-form")).isEqualTo(Door.TASK_FORM);
    assertThat(EngineDoorRules.engineCall(REQUESTER, "POST", "/process-definition/key/foi-request/submit-form")).isEqualTo(Door.START_BY_FORM);
    assertThat(EngineDoorRules.engineCall(REQUESTER, "POST", "/process-definition/foi-request:1:9/submit-form")).isEqualTo(Door.START_BY_FORM);
    assertThat(EngineDoorRules.engineCall(REQUESTER, "POST", "/message")).isEqualTo(Door.MESSAGE);
    assertThat(EngineDoorRules.engineCall(REQUESTER, "PUT", "/user/requester-a/credentials")).isEqualTo(Door.PASS);
  }

  @Test
  void everythingElseThatChangesStateIsRefusedToRequesters() {
    for (String call : List.of(
        "POST /process-definition/key/foi-request/start", "POST /task/42/complete", "POST /task/42/resolve",
        "PUT /task/42/variables/reference", "POST /task/42/variables", "DELETE /task/42/variables/reference",
        "POST /process-instance/9/variables", "PUT /process-instance/9/variables/reference",
        "POST /process-instance/9/modification", "POST /signal", "POST /condition", "POST /history/cleanup",
        "POST /history/process-instance/delete", "POST /process-instance/delete", "POST /deployment/create",
        "PUT /user/requester-b/credentials", "POST /user/create", "POST /task/42/claim", "PUT /job/1/retries",
        "POST /task/42/submit-form/", "POST /task/42/submit-form;x=1", "POST /identity/verify",
        "POST /execution/9/messageSubscriptions/foi-withdraw/trigger", "POST /process-instance/message-async")) {
      String[] parts = call.split(" ");
      assertThat(EngineDoorRules.engineCall(REQUESTER, parts[0], parts[1])).as(call).isEqualTo(Door.REFUSE);
    }
  }

  @Test
  void requestersGetNoCountsOverEveryRequest() {
    for (String path : List.of("/process-definition/statistics", "/process-definition/key/foi-request/statistics",
        "/history/process-definition/x/statistics", "/deployment/statistics", "/metrics/x/sum", "/history/task/report",
        "/history/process-definition/cleanable-process-instance-report")) {
      assertThat(EngineDoorRules.engineCall(REQUESTER, "GET", path)).as(path).isEqualTo(Door.REFUSE);
      assertThat(EngineDoorRules.engineCall(EDITOR, "GET", path)).as(path).isEqualTo(Door.PASS);
    }
    assertThat(EngineDoorRules.webappCall(REQUESTER, "/cockpit/plugin/base/default/process-definition/statistics-count")).isEqualTo(Door.REFUSE);
    assertThat(EngineDoorRules.webappCall(EDITOR, "/cockpit/plugin/base/default/process-definition/statistics-count")).isEqualTo(Door.PASS);
    assertThat(EngineDoorRules.webappCall(REQUESTER, "/admin/auth/user/default/login/tasklist")).isEqualTo(Door.PASS);
  }

  @Test
  void editorsAlsoRetryJobsAndHandOnTasksButWriteNoVariables() {
    assertThat(EngineDoorRules.engineCall(EDITOR, "PUT", "/job/1/retries")).isEqualTo(Door.PASS);
    assertThat(EngineDoorRules.engineCall(EDITOR, "POST", "/task/42/claim")).isEqualTo(Door.PASS);
    assertThat(EngineDoorRules.engineCall(EDITOR, "PUT", "/task/42/variables/reference")).isEqualTo(Door.REFUSE);
    assertThat(EngineDoorRules.engineCall(EDITOR, "POST", "/task/42/complete")).isEqualTo(Door.REFUSE);
  }

  @Test
  void administratorsUseTheEngineAsCamundaShipsIt() {
    assertThat(EngineDoorRules.engineCall(ADMIN, "POST", "/deployment/create")).isEqualTo(Door.PASS);
    assertThat(EngineDoorRules.engineCall(ADMIN, "PUT", "/task/42/variables/reference")).isEqualTo(Door.PASS);
    // The forms' doors bound their variables for everyone.
    assertThat(EngineDoorRules.engineCall(ADMIN, "POST", "/task/42/submit-form")).isEqualTo(Door.TASK_FORM);
  }
}
