// kernel k176b_scatter
@group(0) @binding(0) var<storage, read> t650: array<f32>;
@group(0) @binding(1) var<storage, read> t714: array<f32>;
@group(0) @binding(2) var<storage, read> t723: array<f32>;
@group(0) @binding(3) var<storage, read> t751: array<f32>;
@group(0) @binding(4) var<storage, read> t814: array<f32>;
@group(0) @binding(5) var<storage, read> t818: array<f32>;
@group(0) @binding(6) var<storage, read> t25: array<f32>;
@group(0) @binding(7) var<storage, read_write> t827: array<f32>;
@compute @workgroup_size(256, 1, 1)
fn k176b_scatter(@builtin(local_invocation_id) loom_lid: vec3<u32>, @builtin(workgroup_id) loom_wid: vec3<u32>) {
  let i: i32 = i32(loom_wid.x) * 256i + i32(loom_lid.x);
  let l650: f32 = t650[i];
  let x714: f32 = t714[i];
  let v821: f32 = l650 + x714;
  let x723: f32 = t723[i];
  let v822: f32 = v821 + x723;
  let v823: f32 = v822 + x723;
  let l751: f32 = t751[i];
  let v824: f32 = v823 + l751;
  let x814: f32 = t814[i];
  let v825: f32 = v824 + x814;
  let l819: f32 = t818[i / 64i];
  let l25: f32 = t25[i];
  let v820: f32 = l819 * l25;
  let v826: f32 = v825 + v820;
  let v827: f32 = v826 + v820;
  t827[i] = v827;
}
