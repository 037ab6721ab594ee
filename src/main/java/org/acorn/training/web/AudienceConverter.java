package org.acorn.training.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.faces.application.FacesMessage;
import org.acorn.training.course.Course;

/** A course audience in a many-checkbox list (a List's element type is erased, so Faces needs telling). */
@FacesConverter("trainingAudience")
public class AudienceConverter implements Converter<Course.Audience> {

    @Override
    public Course.Audience getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) return null;
        Course.Audience a = TrainingCalendar.parse(Course.Audience.class, value);
        if (a == null) throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, "Choose audiences from the list.", null));
        return a;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Course.Audience value) {
        return value == null ? "" : value.name();
    }
}
