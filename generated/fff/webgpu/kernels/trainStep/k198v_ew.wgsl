// kernel k198v_ew
@group(0) @binding(0) var<storage, read> p_blocks_1_attn_wv_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1434: array<f32>;
@group(0) @binding(2) var<storage, read> t995: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1436: array<f32>;
@group(0) @binding(4) var<storage, read> t571: array<f32>;
@group(0) @binding(5) var<storage, read> t986: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1454: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k198v_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l23: f32 = p_blocks_1_attn_wv_b[i];
    let x1434: f32 = t1434[i];
    let l1080: f32 = t995[0i];
    let v1435: f32 = x1434 * l1080;
    let v1436: f32 = l23 - v1435;
    t1436[i] = v1436;
    let l572: f32 = t571[i];
    let l1057: f32 = t986[0i];
    let v1454: f32 = l572 * l1057;
    t1454[i] = v1454;
  }
}
