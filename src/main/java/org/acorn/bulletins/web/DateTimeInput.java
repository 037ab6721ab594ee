package org.acorn.bulletins.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

/**
 * A date and time as a datetime-local field sends it: "2026-12-31T09:00", or with seconds when the field has a
 * step under a minute. Blank is no time; anything else is refused with the field's converter message.
 */
@FacesConverter("acorn.localDateTime")
public class DateTimeInput implements Converter<LocalDateTime> {

    @Override
    public LocalDateTime getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) return null;
        String v = value.strip();
        try {
            if (v.length() > 40) throw new DateTimeParseException("too long", v, 0);
            return LocalDateTime.parse(v);
        } catch (DateTimeParseException e) {
            String m = "Give the time as a date and time, e.g. 2026-12-31T09:00.";
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, m, m), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDateTime value) {
        return value == null ? "" : value.withNano(0).toString();
    }
}
