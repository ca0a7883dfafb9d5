// kernel k145g_ew
@group(0) @binding(0) var<storage, read> p_blocks_0_ln1_b: array<f32>;
@group(0) @binding(1) var<storage, read> t1111: array<f32>;
@group(0) @binding(2) var<storage, read> t1004: array<f32>;
@group(0) @binding(3) var<storage, read_write> t1113: array<f32>;
@group(0) @binding(4) var<storage, read> t737: array<f32>;
@group(0) @binding(5) var<storage, read> t995: array<f32>;
@group(0) @binding(6) var<storage, read_write> t1114: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k145g_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 64i) {
    let l4: f32 = p_blocks_0_ln1_b[i];
    let x1111: f32 = t1111[i];
    let l1063: f32 = t1004[0i];
    let v1112: f32 = x1111 * l1063;
    let v1113: f32 = l4 - v1112;
    t1113[i] = v1113;
    let l737: f32 = t737[i];
    let l1040: f32 = t995[0i];
    let v1114: f32 = l737 * l1040;
    t1114[i] = v1114;
  }
}
