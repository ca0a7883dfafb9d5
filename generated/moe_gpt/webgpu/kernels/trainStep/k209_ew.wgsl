// kernel k209_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t971: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1100: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1101: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1126: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k209_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l952: f32 = in_step[0i];
    let v970: bool = l952 < 20.0f;
    let v953: f32 = l952 + 1.0f;
    let v955: f32 = v953 * 0.00015f;
    let v957: f32 = l952 - 20.0f;
    let v959: f32 = v957 / 980.0f;
    let v960: f32 = max(v959, 0.0f);
    let v961: f32 = min(v960, 1.0f);
    let v963: f32 = v961 * 3.1415927f;
    let v964: f32 = cos(v963);
    let v965: f32 = v964 + 1.0f;
    let v967: f32 = v965 * 0.00135f;
    let v969: f32 = v967 + 0.0003f;
    let v971: f32 = select(v969, v955, v970);
    t971[0i] = v971;
    let v1093: f32 = v953 * -0.105360515f;
    let v1094: f32 = exp(v1093);
    let v1095: f32 = 1.0f - v1094;
    let v1100: f32 = v971 / v1095;
    t1100[0i] = v1100;
    let v1097: f32 = v953 * -0.051293295f;
    let v1098: f32 = exp(v1097);
    let v1099: f32 = 1.0f - v1098;
    let v1101: f32 = sqrt(v1099);
    t1101[0i] = v1101;
    let v1125: f32 = v971 * 0.1f;
    let v1126: f32 = 1.0f - v1125;
    t1126[0i] = v1126;
  }
}
