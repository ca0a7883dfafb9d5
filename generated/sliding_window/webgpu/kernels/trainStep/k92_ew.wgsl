// kernel k92_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t486: array<f32>;
@group(0) @binding(2) var<storage, read_write> t583: array<f32>;
@group(0) @binding(3) var<storage, read_write> t584: array<f32>;
@group(0) @binding(4) var<storage, read_write> t609: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k92_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l466: f32 = in_step[0i];
    let v485: bool = l466 < 20.0f;
    let v467: f32 = l466 + 1.0f;
    let v469: f32 = v467 * 0.00015f;
    let v471: f32 = l466 - 20.0f;
    let v473: f32 = v471 / 980.0f;
    let v475: f32 = max(v473, 0.0f);
    let v476: f32 = min(v475, 1.0f);
    let v478: f32 = v476 * 3.1415927f;
    let v479: f32 = cos(v478);
    let v480: f32 = v479 + 1.0f;
    let v482: f32 = v480 * 0.00135f;
    let v484: f32 = v482 + 0.0003f;
    let v486: f32 = select(v484, v469, v485);
    t486[0i] = v486;
    let v576: f32 = v467 * -0.105360515f;
    let v577: f32 = exp(v576);
    let v578: f32 = 1.0f - v577;
    let v583: f32 = v486 / v578;
    t583[0i] = v583;
    let v580: f32 = v467 * -0.051293295f;
    let v581: f32 = exp(v580);
    let v582: f32 = 1.0f - v581;
    let v584: f32 = sqrt(v582);
    t584[0i] = v584;
    let v608: f32 = v486 * 0.1f;
    let v609: f32 = 1.0f - v608;
    t609[0i] = v609;
  }
}
