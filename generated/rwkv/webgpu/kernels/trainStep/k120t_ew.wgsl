// kernel k120t_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_ffn_receptance_w: array<f32>;
@group(0) @binding(1) var<storage, read> t936: array<f32>;
@group(0) @binding(2) var<storage, read> t1567: array<f32>;
@group(0) @binding(3) var<storage, read> t1574: array<f32>;
@group(0) @binding(4) var<storage, read> t910: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1578: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k120t_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l37: f32 = p_blocks_1_ffn_receptance_w[i];
  let l1120: f32 = t936[0i];
  let v1575: f32 = l37 * l1120;
  let x1567: f32 = t1567[i];
  let x1574: f32 = t1574[i];
  let v1576: f32 = x1567 / x1574;
  let l1123: f32 = t910[0i];
  let v1577: f32 = v1576 * l1123;
  let v1578: f32 = v1575 - v1577;
  t1578[i] = v1578;
}
