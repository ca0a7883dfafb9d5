// kernel k23g_reduce
@group(0) @binding(0) var<storage, read> p_rest_0_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t820: array<f32>;
@group(0) @binding(2) var<storage, read> t890: array<f32>;
@group(0) @binding(3) var<storage, read> t901: array<f32>;
@group(0) @binding(4) var<storage, read> t794: array<f32>;
@group(0) @binding(5) var<storage, read_write> t907: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k23g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l3: f32 = p_rest_0_fc_w[col];
    let x820: f32 = t820[0i];
    let v903: f32 = l3 * x820;
    let x890: f32 = t890[col];
    let x901: f32 = t901[col];
    let v904: f32 = x890 / x901;
    let x794: f32 = t794[0i];
    let v906: f32 = v904 * x794;
    let v907: f32 = v903 - v906;
    t907[col] = v907;
  }
}
