// kernel k25g_reduce
@group(0) @binding(0) var<storage, read> p_rest_0_fc_w: array<f32>;
@group(0) @binding(1) var<storage, read> t827: array<f32>;
@group(0) @binding(2) var<storage, read> t897: array<f32>;
@group(0) @binding(3) var<storage, read> t908: array<f32>;
@group(0) @binding(4) var<storage, read> t801: array<f32>;
@group(0) @binding(5) var<storage, read_write> t914: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k25g_reduce(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let row: i32 = i32(loom_wid.x);
  let lid: i32 = i32(loom_lid.x);
  for (var col: i32 = lid; col < 16384i; col += 256i) {
    let l3: f32 = p_rest_0_fc_w[col];
    let x827: f32 = t827[0i];
    let v910: f32 = l3 * x827;
    let x897: f32 = t897[col];
    let x908: f32 = t908[col];
    let v911: f32 = x897 / x908;
    let x801: f32 = t801[0i];
    let v913: f32 = v911 * x801;
    let v914: f32 = v910 - v913;
    t914[col] = v914;
  }
}
