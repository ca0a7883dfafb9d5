// kernel k70_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t466: array<f32>;
@group(0) @binding(2) var<storage, read_write> t571: array<f32>;
@group(0) @binding(3) var<storage, read_write> t572: array<f32>;
@group(0) @binding(4) var<storage, read_write> t597: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k70_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l447: f32 = in_step[0i];
    let v465: bool = l447 < 20.0f;
    let v448: f32 = l447 + 1.0f;
    let v450: f32 = v448 * 0.00015f;
    let v452: f32 = l447 - 20.0f;
    let v454: f32 = v452 / 980.0f;
    let v455: f32 = max(v454, 0.0f);
    let v456: f32 = min(v455, 1.0f);
    let v458: f32 = v456 * 3.1415927f;
    let v459: f32 = cos(v458);
    let v460: f32 = v459 + 1.0f;
    let v462: f32 = v460 * 0.00135f;
    let v464: f32 = v462 + 0.0003f;
    let v466: f32 = select(v464, v450, v465);
    t466[0i] = v466;
    let v564: f32 = v448 * -0.105360515f;
    let v565: f32 = exp(v564);
    let v566: f32 = 1.0f - v565;
    let v571: f32 = v466 / v566;
    t571[0i] = v571;
    let v568: f32 = v448 * -0.051293295f;
    let v569: f32 = exp(v568);
    let v570: f32 = 1.0f - v569;
    let v572: f32 = sqrt(v570);
    t572[0i] = v572;
    let v596: f32 = v466 * 0.1f;
    let v597: f32 = 1.0f - v596;
    t597[0i] = v597;
  }
}
