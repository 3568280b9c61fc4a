package org.foiflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.Event;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The diagrams read at a glance (issue 19). Names: every gateway has one, and one that decides
 * asks a question; timers are named without numbers, since their moments are configured; call
 * activities pass named variables, not all of them. Layout: on every plane of every diagram in processes/, no
 * sequence flow crosses or runs along another, none passes through a shape it does not connect,
 * and each starts on its source and ends on its target. Where flows meet at a shape they connect,
 * they may touch. The pictures in docs/diagrams/ are drawn from this layout.
 */
class DiagramReadabilityTest {

  /** Half a pixel either way: the layout is on whole and half pixels. */
  private static final double SLACK = 0.5;

  enum Outline { RECTANGLE, DIAMOND, CIRCLE }

  record Box(String id, Outline outline, double x, double y, double width, double height) {
    boolean contains(double px, double py, double margin) {
      return px > x - margin && px < x + width + margin && py > y - margin && py < y + height + margin;
    }

    /** On the outline one sees: a flow starts and ends there, not in the air nor inside. */
    boolean onBorder(double px, double py) {
      double dx = Math.abs(px - (x + width / 2)) / (width / 2), dy = Math.abs(py - (y + height / 2)) / (height / 2);
      double distance =
          switch (outline) {
            case RECTANGLE -> Math.max(dx, dy);
            case DIAMOND -> dx + dy;
            case CIRCLE -> Math.hypot(dx, dy);
          };
      return Math.abs(distance - 1) * Math.min(width, height) / 2 <= 2;
    }
  }

  record Segment(double x1, double y1, double x2, double y2) {}

  record Flow(String id, Box source, Box target, List<Segment> segments, List<String> containers) {
    /** A point where this flow may meet another: inside the shapes it connects. */
    boolean atItsEnds(double px, double py) {
      return source.contains(px, py, SLACK) || target.contains(px, py, SLACK);
    }
  }

  static Stream<Path> diagrams() throws IOException {
    return Files.list(Path.of("processes")).filter(path -> path.toString().endsWith(".bpmn")).sorted();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void flowsNeitherCrossNorOverlapNorPassThroughShapes(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    List<String> problems = new ArrayList<>();
    for (BpmnPlane plane : model.getModelElementsByType(BpmnPlane.class)) {
      List<Box> shapes = new ArrayList<>();
      for (BpmnShape shape : plane.getChildElementsByType(BpmnShape.class)) {
        Bounds bounds = shape.getBounds();
        Outline outline =
            shape.getBpmnElement() instanceof Gateway ? Outline.DIAMOND
                : shape.getBpmnElement() instanceof Event ? Outline.CIRCLE
                : Outline.RECTANGLE;
        shapes.add(new Box(shape.getBpmnElement().getId(), outline, bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight()));
      }
      List<Flow> flows = new ArrayList<>();
      for (BpmnEdge edge : plane.getChildElementsByType(BpmnEdge.class)) {
        if (edge.getBpmnElement() instanceof SequenceFlow flow) {
          flows.add(flowOf(flow, edge, shapes, problems));
        }
      }
      for (Flow flow : flows) {
        for (Box shape : shapes) {
          if (shape != flow.source() && shape != flow.target() && !flow.containers().contains(shape.id())
              && flow.segments().stream().anyMatch(segment -> passesThrough(segment, shape))) {
            problems.add(flow.id() + " passes through " + shape.id());
          }
        }
      }
      for (int i = 0; i < flows.size(); i++) {
        for (int j = i + 1; j < flows.size(); j++) {
          String meeting = meeting(flows.get(i), flows.get(j));
          if (meeting != null) {
            problems.add(flows.get(i).id() + " and " + flows.get(j).id() + " " + meeting);
          }
        }
      }
    }
    assertThat(problems).as(diagram.getFileName().toString()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("diagrams")
  void gatewaysAskTimersHaveNoNumbersAndCallsNameTheirVariables(Path diagram) {
    BpmnModelInstance model = Bpmn.readModelFromFile(diagram.toFile());
    List<String> problems = new ArrayList<>();
    for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
      String name = gateway.getName() == null ? "" : gateway.getName().strip();
      if (name.isEmpty()) {
        problems.add(gateway.getId() + " has no name");
      } else if (gateway.getOutgoing().size() > 1 && !name.endsWith("?")) {
        problems.add(gateway.getId() + " decides but does not ask: " + name);
      }
    }
    for (BoundaryEvent event : model.getModelElementsByType(BoundaryEvent.class)) {
      if (!event.getChildElementsByType(TimerEventDefinition.class).isEmpty()
          && event.getName() != null && event.getName().matches(".*\\d.*")) {
        problems.add(event.getId() + " names a number the settings may change: " + event.getName());
      }
    }
    for (CamundaIn in : model.getModelElementsByType(CamundaIn.class)) {
      if ("all".equals(in.getCamundaVariables())) {
        problems.add(((BaseElement) in.getParentElement().getParentElement()).getId() + " passes all variables");
      }
    }
    assertThat(problems).as(diagram.getFileName().toString()).isEmpty();
  }

  private static Flow flowOf(SequenceFlow flow, BpmnEdge edge, List<Box> shapes, List<String> problems) {
    Box source = box(shapes, flow.getSource().getId());
    Box target = box(shapes, flow.getTarget().getId());
    List<Waypoint> points = List.copyOf(edge.getWaypoints());
    List<Segment> segments = new ArrayList<>();
    for (int k = 1; k < points.size(); k++) {
      segments.add(new Segment(points.get(k - 1).getX(), points.get(k - 1).getY(), points.get(k).getX(), points.get(k).getY()));
    }
    Waypoint first = points.get(0);
    Waypoint last = points.get(points.size() - 1);
    if (!source.onBorder(first.getX(), first.getY())) {
      problems.add(flow.getId() + " does not start on " + source.id());
    }
    if (!target.onBorder(last.getX(), last.getY())) {
      problems.add(flow.getId() + " does not end on " + target.id());
    }
    List<String> containers = new ArrayList<>();
    for (ModelElementInstance parent = flow.getParentElement(); parent instanceof BaseElement element; parent = parent.getParentElement()) {
      containers.add(element.getId());
    }
    return new Flow(flow.getId(), source, target, segments, containers);
  }

  private static Box box(List<Box> shapes, String id) {
    return shapes.stream().filter(shape -> shape.id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError(id + " has no shape on the plane of its flows"));
  }

  /** A segment that runs through the inside of a shape (touching its border is fine). */
  private static boolean passesThrough(Segment segment, Box shape) {
    for (int step = 0; step <= 100; step++) {
      double x = segment.x1() + (segment.x2() - segment.x1()) * step / 100;
      double y = segment.y1() + (segment.y2() - segment.y1()) * step / 100;
      if (shape.contains(x, y, -2)) {
        return true;
      }
    }
    return false;
  }

  /** How two flows meet away from the shapes they connect, or null if they do not. */
  private static String meeting(Flow one, Flow other) {
    for (Segment a : one.segments()) {
      for (Segment b : other.segments()) {
        double[] point = intersection(a, b);
        if (point != null && !(one.atItsEnds(point[0], point[1]) && other.atItsEnds(point[0], point[1]))) {
          return (point.length == 3 ? "run along each other" : "cross") + " at " + (int) point[0] + "," + (int) point[1];
        }
      }
    }
    return null;
  }

  /** Where two segments meet: {x, y} for a crossing or touch, {x, y, 1} for a shared stretch. */
  private static double[] intersection(Segment a, Segment b) {
    double rx = a.x2() - a.x1(), ry = a.y2() - a.y1(), sx = b.x2() - b.x1(), sy = b.y2() - b.y1();
    double denominator = rx * sy - ry * sx;
    double qpx = b.x1() - a.x1(), qpy = b.y1() - a.y1();
    if (Math.abs(denominator) < 1e-9) {
      if (Math.abs(qpx * ry - qpy * rx) > SLACK * Math.hypot(rx, ry)) {
        return null; // parallel, apart
      }
      double length = rx * rx + ry * ry;
      if (length == 0) {
        return null;
      }
      double t0 = (qpx * rx + qpy * ry) / length, t1 = t0 + (sx * rx + sy * ry) / length;
      double from = Math.max(0, Math.min(t0, t1)), to = Math.min(1, Math.max(t0, t1));
      if (to - from <= 1e-9) {
        return null;
      }
      double mid = (from + to) / 2;
      return new double[] {a.x1() + rx * mid, a.y1() + ry * mid, 1};
    }
    double t = (qpx * sy - qpy * sx) / denominator, u = (qpx * ry - qpy * rx) / denominator;
    if (t < 0 || t > 1 || u < 0 || u > 1) {
      return null;
    }
    return new double[] {a.x1() + t * rx, a.y1() + t * ry};
  }
}
