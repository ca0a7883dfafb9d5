// kernel k113b_ew
@group(0) @binding(0) var<storage, read> p_layers_0_attn_norm_g: array<f32>;
@group(0) @binding(1) var<storage, read> t654: array<f32>;
@group(0) @binding(2) var<storage, read> t597: array<f32>;
@group(0) @binding(3) var<storage, read_write> t658: array<f32>;
@group(0) @binding(4) var<storage, read> t387: array<f32>;
@group(0) @binding(5) var<storage, read> t588: array<f32>;
@group(0) @binding(6) var<storage, read_write> t745: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k113b_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1: f32 = p_layers_0_attn_norm_g[i];
    let x654: f32 = t654[i];
    let l656: f32 = t597[0i];
    let v657: f32 = x654 * l656;
    let v658: f32 = l1 - v657;
    t658[i] = v658;
    let l388: f32 = t387[i];
    let l633: f32 = t588[0i];
    let v745: f32 = l388 * l633;
    t745[i] = v745;
  }
}
