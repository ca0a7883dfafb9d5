// kernel k209_ew
@group(0) @binding(0) var<storage, read> in_step: array<f32>;
@group(0) @binding(1) var<storage, read_write> t991: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1120: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1121: array<f32>;
@group(0) @binding(4) var<storage, read_write> t1146: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k209_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 1i) {
    let l972: f32 = in_step[0i];
    let v990: bool = l972 < 20.0f;
    let v973: f32 = l972 + 1.0f;
    let v975: f32 = v973 * 0.00015f;
    let v977: f32 = l972 - 20.0f;
    let v979: f32 = v977 / 980.0f;
    let v980: f32 = max(v979, 0.0f);
    let v981: f32 = min(v980, 1.0f);
    let v983: f32 = v981 * 3.1415927f;
    let v984: f32 = cos(v983);
    let v985: f32 = v984 + 1.0f;
    let v987: f32 = v985 * 0.00135f;
    let v989: f32 = v987 + 0.0003f;
    let v991: f32 = select(v989, v975, v990);
    t991[0i] = v991;
    let v1113: f32 = v973 * -0.105360515f;
    let v1114: f32 = exp(v1113);
    let v1115: f32 = 1.0f - v1114;
    let v1120: f32 = v991 / v1115;
    t1120[0i] = v1120;
    let v1117: f32 = v973 * -0.051293295f;
    let v1118: f32 = exp(v1117);
    let v1119: f32 = 1.0f - v1118;
    let v1121: f32 = sqrt(v1119);
    t1121[0i] = v1121;
    let v1145: f32 = v991 * 0.1f;
    let v1146: f32 = 1.0f - v1145;
    t1146[0i] = v1146;
  }
}
