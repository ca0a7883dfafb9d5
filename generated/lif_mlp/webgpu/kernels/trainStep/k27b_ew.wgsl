// kernel k27b_ew
@group(0) @binding(0) var<storage, read> p_first_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t884: array<f32>;
@group(0) @binding(2) var<storage, read> t801: array<f32>;
@group(0) @binding(3) var<storage, read_write> t888: array<f32>;
@group(0) @binding(4) var<storage, read> t606: array<f32>;
@group(0) @binding(5) var<storage, read> t792: array<f32>;
@group(0) @binding(6) var<storage, read_write> t915: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l2: f32 = p_first_fc_b[i];
    let x884: f32 = t884[i];
    let l886: f32 = t801[0i];
    let v887: f32 = x884 * l886;
    let v888: f32 = l2 - v887;
    t888[i] = v888;
    let l607: f32 = t606[i];
    let l863: f32 = t792[0i];
    let v915: f32 = l607 * l863;
    t915[i] = v915;
  }
}
