// kernel k202g_ew
@group(0) @binding(0) var<storage, read> p_layers_1_moe_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t1358: array<f32>;
@group(0) @binding(2) var<storage, read> t998: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1360: array<f32>;
@group(0) @binding(4) var<storage, read> t369: array<f32>;
@group(0) @binding(5) var<storage, read> t989: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1429: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k202g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l16: f32 = p_layers_1_moe_norm_g[i];
    let x1358: f32 = t1358[i];
    let l1057: f32 = t998[0i];
    let v1359: f32 = x1358 * l1057;
    let v1360: f32 = l16 - v1359;
    t1360[i] = v1360;
    let l370: f32 = t369[i];
    let l1034: f32 = t989[0i];
    let v1429: f32 = l370 * l1034;
    t1429[i] = v1429;
  }
}
