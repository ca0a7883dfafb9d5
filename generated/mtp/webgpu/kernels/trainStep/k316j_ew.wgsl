// kernel k316j_ew
@group(0) @binding(0) var<storage, read> p_layers_1_attn_wq_w: array<f32>;
@group(0) @binding(1) var<storage, read> t1608: array<f32>;
@group(0) @binding(2) var<storage, read> t1827: array<f32>;
@group(0) @binding(3) var<storage, read> t1834: array<f32>;
@group(0) @binding(4) var<storage, read> t1582: array<f32>;
@group(0) @binding(5) var<storage, read_write> t1838: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k316j_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l11: f32 = p_layers_1_attn_wq_w[i];
  let l1664: f32 = t1608[0i];
  let v1835: f32 = l11 * l1664;
  let x1827: f32 = t1827[i];
  let x1834: f32 = t1834[i];
  let v1836: f32 = x1827 / x1834;
  let l1667: f32 = t1582[0i];
  let v1837: f32 = v1836 * l1667;
  let v1838: f32 = v1835 - v1837;
  t1838[i] = v1838;
}
