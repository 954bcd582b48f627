-- A guarded batch (SqlBatch.ExecuteGuardedAsync) checks its condition under its row locks and writes in the same round
-- trip: the batch runs as one implicit transaction, and this function aborts it when the condition does not hold, so
-- nothing of it is written. The SQLSTATE is ours (class SO), which the caller tells apart from real errors.
CREATE FUNCTION smeonboard_require(ok boolean, refusal text) RETURNS boolean
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
    IF ok IS NOT TRUE THEN
        RAISE EXCEPTION 'guard refused: %', refusal USING ERRCODE = 'SO001';
    END IF;
    RETURN TRUE;
END
$$;
