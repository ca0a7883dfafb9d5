// kernel k27_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t137: array<f32>;
@group(0) @binding(2) var<storage, read_write> t178: array<f32>;
@group(0) @binding(3) var<storage, read_write> t179: array<f32>;
@group(0) @binding(4) var<storage, read_write> t204: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l118: f32 = in_step[0i];
    let v136: bool = l118 < 20.0f;
    let v119: f32 = l118 + 1.0f;
    let v121: f32 = v119 * 0.00015f;
    let v123: f32 = l118 - 20.0f;
    let v125: f32 = v123 / 980.0f;
    let v126: f32 = max(v125, 0.0f);
    let v127: f32 = min(v126, 1.0f);
    let v129: f32 = v127 * 3.1415927f;
    let v130: f32 = cos(v129);
    let v131: f32 = v130 + 1.0f;
    let v133: f32 = v131 * 0.00135f;
    let v135: f32 = v133 + 0.0003f;
    let v137: f32 = select(v135, v121, v136);
    t137[0i] = v137;
    let v171: f32 = v119 * -0.105360515f;
    let v172: f32 = exp(v171);
    let v173: f32 = 1.0f - v172;
    let v178: f32 = v137 / v173;
    t178[0i] = v178;
    let v175: f32 = v119 * -0.051293295f;
    let v176: f32 = exp(v175);
    let v177: f32 = 1.0f - v176;
    let v179: f32 = sqrt(v177);
    t179[0i] = v179;
    let v203: f32 = v137 * 0.1f;
    let v204: f32 = 1.0f - v203;
    t204[0i] = v204;
  }
}
