// kernel k179e_ew
@group(0) @binding(0) var<storage, read> p_optim_v_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1106: array<f32>;
@group(0) @binding(2) var<storage, read_write> t1115: array<f32>;
@group(0) @binding(3) var<storage, read> p_layers_0_attn_wr_b: array<f32>;
@group(0) @binding(4) var<storage, read> t1111: array<f32>;
@group(0) @binding(5) var<storage, read> t900: array<f32>;
@group(0) @binding(6) var<storage, read> t899: array<f32>;
@group(0) @binding(7) var<storage, read_write> t1121: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k179e_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l1108: f32 = p_optim_v_layers_0_attn_wr_b[i];
    let v1112: f32 = l1108 * 0.95f;
    let x1106: f32 = t1106[i];
    let v1113: f32 = x1106 * x1106;
    let v1114: f32 = v1113 * 0.05f;
    let v1115: f32 = v1112 + v1114;
    t1115[i] = v1115;
    let l9: f32 = p_layers_0_attn_wr_b[i];
    let x1111: f32 = t1111[i];
    let v1116: f32 = sqrt(v1115);
    let l952: f32 = t900[0i];
    let v1117: f32 = v1116 / l952;
    let v1118: f32 = v1117 + 1e-8f;
    let v1119: f32 = x1111 / v1118;
    let l958: f32 = t899[0i];
    let v1120: f32 = v1119 * l958;
    let v1121: f32 = l9 - v1120;
    t1121[i] = v1121;
  }
}
