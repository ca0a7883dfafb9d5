// kernel k315b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1639: array<f32>;
@group(0) @binding(2) var<storage, read> t1582: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1643: array<f32>;
@group(0) @binding(4) var<storage, read> t1230: array<f32>;
@group(0) @binding(5) var<storage, read> t1573: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1721: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k315b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x1639: f32 = t1639[i];
    let l1641: f32 = t1582[0i];
    let v1642: f32 = x1639 * l1641;
    let v1643: f32 = l1 - v1642;
    t1643[i] = v1643;
    let l1231: f32 = t1230[i];
    let l1618: f32 = t1573[0i];
    let v1721: f32 = l1231 * l1618;
    t1721[i] = v1721;
  }
}
