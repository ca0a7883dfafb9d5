// kernel k119l_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_att_mix_k: array<f32>;
@group(0) @binding(1) var<storage, read> t1065: array<f32>;
@group(0) @binding(2) var<storage, read> t910: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1067: array<f32>;
@group(0) @binding(4) var<storage, read> t708: array<f32>;
@group(0) @binding(5) var<storage, read> t901: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1068: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k119l_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_blocks_0_att_mix_k[i];
    let x1065: f32 = t1065[i];
    let l969: f32 = t910[0i];
    let v1066: f32 = x1065 * l969;
    let v1067: f32 = l7 - v1066;
    t1067[i] = v1067;
    let l708: f32 = t708[i];
    let l946: f32 = t901[0i];
    let v1068: f32 = l708 * l946;
    t1068[i] = v1068;
  }
}
