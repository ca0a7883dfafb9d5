// kernel k27_ew (compiler/std/moe.loom:23:9)
@group(0) @binding(0) var<storage, read> t181: array<f32>;
@group(0) @binding(1) var<storage, read_write> t187: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k27_ew(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  if (i < 128i) {
    let l181: f32 = t181[i];
    let v185: f32 = l181 / 2.0f;
    let v186: f32 = floor(v185);
    let v187: f32 = select(floor(v186), -floor(-v186), v186 < 0.0f);
    t187[i] = v187;
  }
}
