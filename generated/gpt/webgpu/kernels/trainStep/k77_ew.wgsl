// kernel k77_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t488: array<f32>;
@group(0) @binding(2) var<storage, read_write> t645: array<f32>;
@group(0) @binding(3) var<storage, read_write> t646: array<f32>;
@group(0) @binding(4) var<storage, read_write> t671: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k77_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l468: f32 = in_step[0i];
    let v487: bool = l468 < 20.0f;
    let v469: f32 = l468 + 1.0f;
    let v471: f32 = v469 * 0.00015f;
    let v473: f32 = l468 - 20.0f;
    let v475: f32 = v473 / 980.0f;
    let v477: f32 = max(v475, 0.0f);
    let v478: f32 = min(v477, 1.0f);
    let v480: f32 = v478 * 3.1415927f;
    let v481: f32 = cos(v480);
    let v482: f32 = v481 + 1.0f;
    let v484: f32 = v482 * 0.00135f;
    let v486: f32 = v484 + 0.0003f;
    let v488: f32 = select(v486, v471, v487);
    t488[0i] = v488;
    let v638: f32 = v469 * -0.105360515f;
    let v639: f32 = exp(v638);
    let v640: f32 = 1.0f - v639;
    let v645: f32 = v488 / v640;
    t645[0i] = v645;
    let v642: f32 = v469 * -0.051293295f;
    let v643: f32 = exp(v642);
    let v644: f32 = 1.0f - v643;
    let v646: f32 = sqrt(v644);
    t646[0i] = v646;
    let v670: f32 = v488 * 0.1f;
    let v671: f32 = 1.0f - v670;
    t671[0i] = v671;
  }
}
