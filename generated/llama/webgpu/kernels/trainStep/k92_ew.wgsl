// kernel k92_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t484: array<f32>;
@group(0) @binding(2) var<storage, read_write> t581: array<f32>;
@group(0) @binding(3) var<storage, read_write> t582: array<f32>;
@group(0) @binding(4) var<storage, read_write> t607: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l464: f32 = in_step[0i];
    let v483: bool = l464 < 20.0f;
    let v465: f32 = l464 + 1.0f;
    let v467: f32 = v465 * 0.00015f;
    let v469: f32 = l464 - 20.0f;
    let v471: f32 = v469 / 980.0f;
    let v473: f32 = max(v471, 0.0f);
    let v474: f32 = min(v473, 1.0f);
    let v476: f32 = v474 * 3.1415927f;
    let v477: f32 = cos(v476);
    let v478: f32 = v477 + 1.0f;
    let v480: f32 = v478 * 0.00135f;
    let v482: f32 = v480 + 0.0003f;
    let v484: f32 = select(v482, v467, v483);
    t484[0i] = v484;
    let v574: f32 = v465 * -0.105360515f;
    let v575: f32 = exp(v574);
    let v576: f32 = 1.0f - v575;
    let v581: f32 = v484 / v576;
    t581[0i] = v581;
    let v578: f32 = v465 * -0.051293295f;
    let v579: f32 = exp(v578);
    let v580: f32 = 1.0f - v579;
    let v582: f32 = sqrt(v580);
    t582[0i] = v582;
    let v606: f32 = v484 * 0.1f;
    let v607: f32 = 1.0f - v606;
    t607[0i] = v607;
  }
}
