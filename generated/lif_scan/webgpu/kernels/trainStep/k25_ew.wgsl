// kernel k25_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t130: array<f32>;
@group(0) @binding(2) var<storage, read_write> t171: array<f32>;
@group(0) @binding(3) var<storage, read_write> t172: array<f32>;
@group(0) @binding(4) var<storage, read_write> t197: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l111: f32 = in_step[0i];
    let v129: bool = l111 < 20.0f;
    let v112: f32 = l111 + 1.0f;
    let v114: f32 = v112 * 0.00015f;
    let v116: f32 = l111 - 20.0f;
    let v118: f32 = v116 / 980.0f;
    let v119: f32 = max(v118, 0.0f);
    let v120: f32 = min(v119, 1.0f);
    let v122: f32 = v120 * 3.1415927f;
    let v123: f32 = cos(v122);
    let v124: f32 = v123 + 1.0f;
    let v126: f32 = v124 * 0.00135f;
    let v128: f32 = v126 + 0.0003f;
    let v130: f32 = select(v128, v114, v129);
    t130[0i] = v130;
    let v164: f32 = v112 * -0.105360515f;
    let v165: f32 = exp(v164);
    let v166: f32 = 1.0f - v165;
    let v171: f32 = v130 / v166;
    t171[0i] = v171;
    let v168: f32 = v112 * -0.051293295f;
    let v169: f32 = exp(v168);
    let v170: f32 = 1.0f - v169;
    let v172: f32 = sqrt(v170);
    t172[0i] = v172;
    let v196: f32 = v130 * 0.1f;
    let v197: f32 = 1.0f - v196;
    t197[0i] = v197;
  }
}
