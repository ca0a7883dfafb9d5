// kernel k27d_ew
@group(0) @binding(0) var<storage, read> p_rest_0_fc_b: array<f32>;
@group(0) @binding(1) var<storage, read> t929: array<f32>;
@group(0) @binding(2) var<storage, read_write> t930: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27d_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l4: f32 = p_rest_0_fc_b[i];
    let x929: f32 = t929[i];
    let v930: f32 = l4 - x929;
    t930[i] = v930;
  }
}
