// kernel k202b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1055: array<f32>;
@group(0) @binding(2) var<storage, read> t998: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1059: array<f32>;
@group(0) @binding(4) var<storage, read> t868: array<f32>;
@group(0) @binding(5) var<storage, read> t989: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1146: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x1055: f32 = t1055[i];
    let l1057: f32 = t998[0i];
    let v1058: f32 = x1055 * l1057;
    let v1059: f32 = l1 - v1058;
    t1059[i] = v1059;
    let l868: f32 = t868[i];
    let l1034: f32 = t989[0i];
    let v1146: f32 = l868 * l1034;
    t1146[i] = v1146;
  }
}
