// kernel k110d_ew
@group(0) @binding(0) var<storage, read> p_head_w: array<f32>;
@group(0) @binding(1) var<storage, read> t609: array<f32>;
@group(0) @binding(2) var<storage, read> t991: array<f32>;
@group(0) @binding(3) var<storage, read> t1002: array<f32>;
@group(0) @binding(4) var<storage, read> t583: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1008: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k110d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l20: f32 = p_head_w[i];
  let l1003: f32 = t609[0i];
  let v1004: f32 = l20 * l1003;
  let x991: f32 = t991[i];
  let x1002: f32 = t1002[i];
  let v1005: f32 = x991 / x1002;
  let l1006: f32 = t583[0i];
  let v1007: f32 = v1005 * l1006;
  let v1008: f32 = v1004 - v1007;
  t1008[i] = v1008;
}
