// kernel k185b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_wa2_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1086: array<f32>;
@group(0) @binding(2) var<storage, read> t899: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1088: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k185b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l7: f32 = p_layers_0_attn_wa2_b[i];
    let x1086: f32 = t1086[i];
    let l958: f32 = t899[0i];
    let v1087: f32 = x1086 * l958;
    let v1088: f32 = l7 - v1087;
    t1088[i] = v1088;
  }
}
